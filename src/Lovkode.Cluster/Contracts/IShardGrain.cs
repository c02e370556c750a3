namespace Lovkode.Cluster.Contracts;

/// <summary>
/// One shard of one job, keyed <c>{job id}/{shard key}</c> (<see cref="ShardKeys"/>): the same key is
/// the same computation, so a call made again (a retry after a worker died, a duplicate) gives the
/// kept result instead of counting anything twice.
/// </summary>
public interface IShardGrain : IGrainWithStringKey
{
    Task<SumsMessage> RunShard(ClusterJob job, ShardMessage shard);

    Task<WorldMessage> RunWorld(ClusterJob job, int row);
}

/// <summary>The grain keys: one place, so client and worker agree.</summary>
public static class ShardKeys
{
    public static string Of(ClusterJob job, ShardMessage shard) => $"{job.Id}/{shard.Range.Key}";

    public static string OfWorld(ClusterJob job, int row) => $"{job.Id}/w{row}";
}
