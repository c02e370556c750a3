namespace Lovkode.Simulation;

/// <summary>
/// Where a run stands. Reported from worker threads after each chunk of persons and after each
/// replication; a receiver must be thread-safe.
/// </summary>
/// <param name="Replication">The replication under way (0-based).</param>
/// <param name="Replications">The most replications the run will do.</param>
/// <param name="PersonsDone">Persons finished in this replication (all arms).</param>
/// <param name="Persons">Persons per replication.</param>
/// <param name="StopHalfWidth">After a replication with a stop rule: the widest current CI half-width the rule measures.</param>
public sealed record SimulationProgress(int Replication, int Replications, long PersonsDone, long Persons, TimeSpan Elapsed, double? StopHalfWidth = null)
{
    /// <summary>Work done, 0 to 1, over the whole run.</summary>
    public double Fraction => Replications == 0 ? 1 : (Replication + ((double)PersonsDone / Math.Max(1, Persons))) / Replications;
}
