using Lovkode.Cluster.Contracts;
using Microsoft.Extensions.Logging;
using Orleans.Placement;

namespace Lovkode.Cluster.Worker;

/// <summary>
/// Runs a shard on a worker's thread pool (not on the grain scheduler, which would starve) and
/// keeps the result, so that a second call with the same key returns it. Placed where the fewest
/// activations are, which spreads a run's shards over the workers; a finished shard is collected
/// after a few idle minutes.
/// </summary>
[ActivationCountBasedPlacement]
[CollectionAgeLimit(Minutes = 5)]
internal sealed class ShardGrain(IJobHost host, ILogger<ShardGrain> log) : Grain, IShardGrain
{
    private SumsMessage? _sums;
    private WorldMessage? _world;

    public async Task<SumsMessage> RunShard(ClusterJob job, ShardMessage shard)
    {
        CheckKey(ShardKeys.Of(job, shard));
        if (_sums is not null) return _sums;
        log.LogInformation("job {Job}: shard {Shard}", job.Id, shard.Range.Key);
        var sums = await Task.Run(() => host.RunShard(job, shard.Range, CancellationToken.None)).ConfigureAwait(true);
        return _sums = SumsMessage.From(sums);
    }

    public async Task<WorldMessage> RunWorld(ClusterJob job, int row)
    {
        CheckKey(ShardKeys.OfWorld(job, row));
        if (_world is not null) return _world;
        log.LogInformation("job {Job}: world {Row}", job.Id, row);
        var world = await Task.Run(() => host.RunWorld(job, row, CancellationToken.None)).ConfigureAwait(true);
        return _world = WorldMessage.From(world);
    }

    /// <summary>A key names one computation: a call whose job and shard do not make this grain's key is refused.</summary>
    private void CheckKey(string expected)
    {
        var key = this.GetPrimaryKeyString();
        if (key != expected) throw new ShardRefusedException($"shard {key} was asked for {expected}");
    }
}
