using Lovkode.Cluster.Contracts;
using Orleans.Placement;

namespace Lovkode.Cluster.Worker;

/// <summary>
/// Runs a shard on a worker's thread pool (not on the grain scheduler, which would starve) and
/// keeps it, so that every later call with the same key waits for, or returns, that one result.
/// Placed where the fewest activations are, which spreads a run's shards over the workers; a
/// finished shard is collected after a few idle minutes.
/// </summary>
[ActivationCountBasedPlacement]
[CollectionAgeLimit(Minutes = 5)]
internal sealed class ShardGrain(IJobHost host, WorkerActivity activity) : Grain, IShardGrain
{
    /// <summary>The longest a call may wait for the work (the client asks again after it).</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    private Task<SumsMessage>? _sums;

    public Task<SumsMessage?> RunShard(ClusterJob job, ShardMessage shard, TimeSpan wait) =>
        Start(job, ShardKeys.Of(job, shard), shard.Range.Key, wait, () => host.RunShard(job, shard.Range, CancellationToken.None));

    public Task<SumsMessage?> RunWorldShard(ClusterJob job, WorldShardMessage shard, TimeSpan wait) =>
        Start(job, ShardKeys.Of(job, shard), shard.Shard.Key, wait, () => host.RunWorldShard(job, shard.Shard, CancellationToken.None));

    public Task<SumsMessage?> RunSplitShard(ClusterJob job, SplitShardMessage shard, TimeSpan wait) =>
        Start(job, ShardKeys.Of(job, shard), shard.Key, wait, () => host.RunSplitShard(job, shard.Replication, shard.Batch, shard.Range.Range, CancellationToken.None));

    /// <summary>Starts the work on the first call (each later call waits for the same work) and tells the worker's user about it.</summary>
    private Task<SumsMessage?> Start(ClusterJob job, string key, string shard, TimeSpan wait, Func<Simulation.Sharding.ShardSums> run)
    {
        CheckKey(key);
        _sums ??= Task.Run(() =>
        {
            activity.Started(job.Id, job.ScenarioDisplay, shard);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                var sums = SumsMessage.From(run());
                activity.Finished(job.Id, shard, clock.Elapsed);
                return sums;
            }
            catch (Exception e)
            {
                activity.Failed(job.Id, shard, e);
                throw;
            }
        });
        return Within(_sums, wait);
    }

    /// <summary>The result when the work ends within <paramref name="wait"/>, else null; the work's failure, if it failed.</summary>
    private static async Task<T?> Within<T>(Task<T> work, TimeSpan wait)
        where T : class
    {
        if (wait > MaxWait) wait = MaxWait;
        if (!work.IsCompleted && wait > TimeSpan.Zero) await Task.WhenAny(work, Task.Delay(wait)).ConfigureAwait(true);
        return work.IsCompleted ? await work.ConfigureAwait(true) : null;
    }

    /// <summary>A key names one computation: a call whose job and shard do not make this grain's key is refused.</summary>
    private void CheckKey(string expected)
    {
        var key = this.GetPrimaryKeyString();
        if (key != expected) throw new ShardRefusedException($"shard {key} was asked for {expected}");
    }
}
