using Lovkode.Cluster.Contracts;
using Lovkode.Simulation.Sharding;

namespace Lovkode.Cluster.Client;

/// <summary>
/// Sends a job's shards and worlds to the cluster and brings back their results. A failed call
/// (a worker killed, its connection gone) is made again with the same key until the shard
/// succeeds, so a dead worker's shards run elsewhere; the simulator counts each shard once, by its
/// place in the run. A shard that keeps failing for <see cref="Patience"/> fails the run; a worker's
/// refusal (<see cref="ShardRefusedException"/>) fails it at once.
/// </summary>
public sealed class ClusterDispatch : IShardExecutor, IWorldExecutor
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

    /// <summary>Calls made again after a failure (a worker died, or its connection broke).</summary>
    public int Retries => Volatile.Read(ref _retries);

    public Task<ShardSums> RunAsync(ShardRange shard, CancellationToken cancellationToken)
    {
        var message = ShardMessage.From(shard);
        var grain = _client.GetGrain<IShardGrain>(ShardKeys.Of(_job, message));
        return Call($"shard {shard.Key}", async () => (await grain.RunShard(_job, message).ConfigureAwait(false)).ToSums(), cancellationToken);
    }

    public Task<WorldResult> RunAsync(int row, CancellationToken cancellationToken)
    {
        var grain = _client.GetGrain<IShardGrain>(ShardKeys.OfWorld(_job, row));
        return Call($"world {row}", async () => (await grain.RunWorld(_job, row).ConfigureAwait(false)).ToResult(), cancellationToken);
    }

    private async Task<T> Call<T>(string what, Func<Task<T>> call, CancellationToken cancellationToken)
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
                    return await call().WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (ShardRefusedException e)
                {
                    throw new ClusterUnavailableException($"a worker of the cluster at {_where} refused {what}: {e.Message}", e);
                }
                catch (Exception e) when (IsTransient(e) && !cancellationToken.IsCancellationRequested)
                {
                    failingSince ??= DateTime.UtcNow;
                    if (DateTime.UtcNow - failingSince > Patience)
                        throw new ClusterUnavailableException($"the cluster at {_where} stopped answering: {what} failed for {Patience.TotalSeconds:0} s ({ClusterClientHost.FirstLine(e)})", e);
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
}
