using Lovkode.Cluster.Contracts;
using Microsoft.Extensions.Logging;
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
internal sealed class ShardGrain(IJobHost host, ILogger<ShardGrain> log) : Grain, IShardGrain
{
    /// <summary>The longest a call may wait for the work (the client asks again after it).</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    private Task<SumsMessage>? _sums;

    public Task<SumsMessage?> RunShard(ClusterJob job, ShardMessage shard, TimeSpan wait)
    {
        CheckKey(ShardKeys.Of(job, shard));
        _sums ??= Task.Run(() =>
        {
            log.LogInformation("job {Job}: shard {Shard}", job.Id, shard.Range.Key);
            return SumsMessage.From(host.RunShard(job, shard.Range, CancellationToken.None));
        });
        return Within(_sums, wait);
    }

    public Task<SumsMessage?> RunWorldShard(ClusterJob job, WorldShardMessage shard, TimeSpan wait)
    {
        CheckKey(ShardKeys.Of(job, shard));
        _sums ??= Task.Run(() =>
        {
            log.LogInformation("job {Job}: shard {Shard}", job.Id, shard.Shard.Key);
            return SumsMessage.From(host.RunWorldShard(job, shard.Shard, CancellationToken.None));
        });
        return Within(_sums, wait);
    }

    public Task<SumsMessage?> RunSplitShard(ClusterJob job, SplitShardMessage shard, TimeSpan wait)
    {
        CheckKey(ShardKeys.Of(job, shard));
        _sums ??= Task.Run(() =>
        {
            log.LogInformation("job {Job}: shard {Shard}", job.Id, shard.Key);
            return SumsMessage.From(host.RunSplitShard(job, shard.Replication, shard.Batch, shard.Range.Range, CancellationToken.None));
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
