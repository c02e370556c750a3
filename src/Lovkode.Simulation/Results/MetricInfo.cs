namespace Lovkode.Simulation.Results;

/// <summary>
/// A metric the simulator reports. <see cref="Extensive"/> metrics are volumes (counts, hours,
/// DKK, FTE) that scale with the population and sum over groups and municipalities; the
/// others are ratios computed from the sums of each replication.
/// </summary>
public sealed record MetricInfo(string Name, string Unit, string Title, bool Extensive);
