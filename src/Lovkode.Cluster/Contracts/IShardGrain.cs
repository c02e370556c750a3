namespace Lovkode.Cluster.Contracts;

/// <summary>
/// One shard of one job, keyed <c>{job id}/{shard key}</c> (<see cref="ShardKeys"/>): the same key is
/// the same computation, so a call made again (a retry after a worker died, a duplicate) gives the
/// kept result instead of counting anything twice.
/// </summary>
/// <remarks>
/// A call starts the work if it has not started, and waits for it at most <c>wait</c>: null means
/// "not yet, ask again". Calls are short, so a worker that dies mid-shard is noticed within one
/// call's timeout, and the next call places the shard on a live worker. (A long call to a killed
/// worker would wait for its full response timeout: the client is not told of the death.)
/// </remarks>
public interface IShardGrain : IGrainWithStringKey
{
    Task<SumsMessage?> RunShard(ClusterJob job, ShardMessage shard, TimeSpan wait);

    Task<SumsMessage?> RunWorldShard(ClusterJob job, WorldShardMessage shard, TimeSpan wait);

    Task<SumsMessage?> RunSplitShard(ClusterJob job, SplitShardMessage shard, TimeSpan wait);
}

/// <summary>The grain keys: one place, so client and worker agree.</summary>
public static class ShardKeys
{
    public static string Of(ClusterJob job, ShardMessage shard) => $"{job.Id}/{shard.Range.Key}";

    public static string Of(ClusterJob job, WorldShardMessage shard) => $"{job.Id}/{shard.Shard.Key}";

    public static string Of(ClusterJob job, SplitShardMessage shard) => $"{job.Id}/{shard.Key}";
}
