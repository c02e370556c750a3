using Lovkode.Cluster.Connection;
using Lovkode.Cluster.Contracts;
using Lovkode.Simulation.Sharding;

namespace Lovkode.Cluster.Client;

/// <summary>
/// Sends a job's shards (of a plain run or of an uncertainty analysis) to the cluster and brings back their results. Each shard is
/// asked for in short calls (<see cref="IShardGrain"/>) until its result comes; a failed call (a
/// worker killed, its connection gone, no answer within <see cref="CallTimeout"/>) is made again with
/// the same key, so a dead worker's shards run elsewhere, and the simulator counts each shard once,
/// by its place in the run. A shard that keeps failing for <see cref="Patience"/> fails the run; a
/// worker's refusal (<see cref="ShardRefusedException"/>) fails it at once.
/// </summary>
public sealed class ClusterDispatch : IShardExecutor, IWorldShardExecutor
{
    private readonly IClusterClient _client;
    private readonly ClusterJob _job;
    private readonly SemaphoreSlim _slots;
    private readonly string _where;
    private int _retries;

    /// <param name="inFlight">Calls outstanding at once (a few per worker keeps every worker busy while results travel).</param>
    public ClusterDispatch(IClusterClient client, ClusterJob job, int inFlight, string where)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(job);
        ArgumentOutOfRangeException.ThrowIfLessThan(inFlight, 1);
        _client = client;
        _job = job;
        _slots = new SemaphoreSlim(inFlight);
        _where = where;
    }

    /// <summary>How long one shard may keep failing before the run gives up (the cluster is gone).</summary>
    public TimeSpan Patience { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a call may wait for its shard on the worker before it returns "not yet".</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(2);

    /// <summary>A call not answered in this time is taken for lost (its worker dead) and made again.</summary>
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(8);

    /// <summary>Calls made again after a failure (a worker died, or its connection broke).</summary>
    public int Retries => Volatile.Read(ref _retries);

    public Task<ShardSums> RunAsync(ShardRange shard, CancellationToken cancellationToken)
    {
        var message = ShardMessage.From(shard);
        var grain = _client.GetGrain<IShardGrain>(ShardKeys.Of(_job, message));
        return Call($"shard {shard.Key}", () => grain.RunShard(_job, message, Wait), cancellationToken, m => m.ToSums());
    }

    public Task<ShardSums> RunAsync(WorldShard shard, CancellationToken cancellationToken)
    {
        var message = WorldShardMessage.From(shard);
        var grain = _client.GetGrain<IShardGrain>(ShardKeys.Of(_job, message));
        return Call($"shard {shard.Key}", () => grain.RunWorldShard(_job, message, Wait), cancellationToken, m => m.ToSums());
    }

    /// <summary>Engine run <paramref name="batch"/> of replication <paramref name="replication"/> of the job's split by provision, as a plain run's merge asks for its shards.</summary>
    public IShardExecutor ForSplit(int replication, int batch) => new SplitRun(this, replication, batch);

    private Task<ShardSums> RunSplitAsync(int replication, int batch, ShardRange shard, CancellationToken cancellationToken)
    {
        var message = new SplitShardMessage(replication, batch, ShardMessage.From(shard));
        var grain = _client.GetGrain<IShardGrain>(ShardKeys.Of(_job, message));
        return Call($"shard {message.Key}", () => grain.RunSplitShard(_job, message, Wait), cancellationToken, m => m.ToSums());
    }

    private async Task<TResult> Call<TMessage, TResult>(string what, Func<Task<TMessage?>> call, CancellationToken cancellationToken, Func<TMessage, TResult> read)
        where TMessage : class
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            DateTime? failingSince = null;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    var message = await call().WaitAsync(CallTimeout, cancellationToken).ConfigureAwait(false);
                    if (message is not null) return read(message);
                    failingSince = null;
                    continue;
                }
                catch (ShardRefusedException e)
                {
                    throw new ClusterUnavailableException($"a worker of the cluster at {_where} refused {what}: {e.Message}", e);
                }
                catch (Exception e) when (IsTransient(e) && !cancellationToken.IsCancellationRequested)
                {
                    failingSince ??= DateTime.UtcNow;
                    if (DateTime.UtcNow - failingSince > Patience)
                        throw new ClusterUnavailableException($"the cluster at {_where} stopped answering: {what} failed for {Patience.TotalSeconds:0} s ({ConnectionFailure.FirstLine(e.Message)})", e);
                    Interlocked.Increment(ref _retries);
                    await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Failures of the transport or of a worker's life, which another attempt elsewhere can get past.</summary>
    private static bool IsTransient(Exception e) => e is OrleansException or TimeoutException or IOException or System.Net.Sockets.SocketException;

    private sealed class SplitRun(ClusterDispatch dispatch, int replication, int batch) : IShardExecutor
    {
        public Task<ShardSums> RunAsync(ShardRange shard, CancellationToken cancellationToken) => dispatch.RunSplitAsync(replication, batch, shard, cancellationToken);
    }
}
