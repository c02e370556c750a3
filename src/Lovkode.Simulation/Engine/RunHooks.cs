using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Population;

namespace Lovkode.Simulation.Engine;

/// <summary>
/// What a caller inside the simulator (the uncertainty analysis) may add to a plain run: a
/// population to read instead of drawing one (<see cref="Population"/>, when it is complete) or to
/// keep while drawing (when it is not), and a look at each replication's totals before they are
/// averaged (the analysis splits Monte Carlo noise from the assumptions' variance with them).
/// </summary>
internal sealed class RunHooks
{
    public SharedPopulation? Population { get; init; }

    /// <summary>Called after each replication, in replication order, with every arm's values (metric, group, area).</summary>
    public Action<int, IReadOnlyList<ReplicationValues>>? Replication { get; init; }
}
