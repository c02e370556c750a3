using Lovkode.Simulation.Sharding;

namespace Lovkode.Cli.Provisions;

/// <summary>
/// Runs shards of a split by provision on a cluster's worker: the split's schedule made again from
/// the job (<see cref="SplitSchedule"/>), and each engine run prepared once, when its first shard
/// comes, and kept for its other shards; the few most recently used are kept.
/// </summary>
internal sealed class SplitShardRunner(SplitSchedule schedule, int? threads)
{
    /// <summary>Engine runs kept prepared (each holds the plans of up to <see cref="ProvisionSplitter.MaxArmsPerRun"/> arms).</summary>
    private const int KeptRuns = 8;

    private readonly Dictionary<(int, int), Lazy<ShardRunner>> _runs = [];
    private readonly Queue<(int, int)> _order = new();

    public ShardSums Run(int replication, int batch, ShardRange range, CancellationToken cancellationToken)
    {
        if (replication < 0 || replication >= schedule.Replications.Count)
            throw new ArgumentOutOfRangeException(nameof(replication), $"The split has {schedule.Replications.Count} replication(s); it has no replication {replication}.");
        var batches = schedule.Replications[replication].Batches;
        if (batch < 0 || batch >= batches.Count)
            throw new ArgumentOutOfRangeException(nameof(batch), $"Replication {replication} of the split has {batches.Count} engine run(s); it has no run {batch}.");
        Lazy<ShardRunner> entry;
        lock (_runs)
        {
            if (!_runs.TryGetValue((replication, batch), out entry!))
            {
                entry = new Lazy<ShardRunner>(() => new ShardRunner(batches[batch], schedule.Options(replication) with { MaxDegreeOfParallelism = threads }));
                _runs.Add((replication, batch), entry);
                _order.Enqueue((replication, batch));
                while (_order.Count > KeptRuns) _runs.Remove(_order.Dequeue());
            }
        }
        return entry.Value.Run(range, cancellationToken);
    }
}
