using Lovkode.Simulation.Metrics;

namespace Lovkode.Simulation.Results;

/// <summary>
/// A metric the simulator reports. <see cref="Extensive"/> metrics are volumes (counts, hours,
/// DKK, FTE) that scale with the population and sum over groups and municipalities; the
/// others are ratios computed from the sums of each replication.
/// </summary>
public sealed record MetricInfo(MetricId Id, string Unit, string Title, bool Extensive)
{
    /// <summary>The id as it is written in results and scenarios.</summary>
    public string Name => Id.Name;
}
