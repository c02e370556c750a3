namespace Lovkode.Simulation.Sharding;

/// <summary>
/// A shard of an uncertainty analysis: a range of chunks of one replication (<see cref="Range"/>) of
/// one simulation (<see cref="Part"/>) of one world (<see cref="Row"/>, a sample of the assumptions).
/// Part 0 is the world's own run of the scenario's arms; parts 1, 2, … are the runs of its
/// calibration check, in the check's order. A world's shards are merged as a plain run's are
/// (whole-number sums, replications closed in order), so a world cut into shards gives the row a
/// world run in one process gives.
/// </summary>
public readonly record struct WorldShard(int Row, int Part, ShardRange Range)
{
    /// <summary>A name unique within an analysis (and stable across attempts), e.g. <c>w12.r1.c0+4</c> or <c>w12.k1.r0.c8+4</c>.</summary>
    public string Key => Part == 0 ? $"w{Row}.{Range.Key}" : $"w{Row}.k{Part}.{Range.Key}";
}

/// <summary>Computes shards of an uncertainty analysis somewhere else (a cluster's workers).</summary>
public interface IWorldShardExecutor
{
    /// <summary>The shard's sums: exactly what <see cref="Analysis.AnalysisShardRunner.Run"/> gives for the same plan and shard.</summary>
    Task<ShardSums> RunAsync(WorldShard shard, CancellationToken cancellationToken);
}
