namespace Lovkode.Simulation.Sharding;

/// <summary>
/// Computes shards somewhere else (a cluster's workers). The simulator asks for every shard of a
/// run through this and merges what comes back; it knows nothing of how the work travels.
/// </summary>
public interface IShardExecutor
{
    /// <summary>The shard's sums; they must be exactly what <see cref="ShardRunner.Run"/> gives for the same run and shard.</summary>
    Task<ShardSums> RunAsync(ShardRange shard, CancellationToken cancellationToken);
}
