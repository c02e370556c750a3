using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Sharding;

namespace Lovkode.Simulation.Analysis;

/// <summary>
/// Runs shards of an uncertainty analysis: what a cluster's worker keeps per analysis. A world is
/// made (its model and regimes with the sample's values) and its simulations prepared once, when
/// its first shard comes, and kept for its other shards; the few most recently used worlds are kept.
/// Thread-safe: each shard works in its own accumulators.
/// </summary>
public sealed class AnalysisShardRunner
{
    /// <summary>Worlds kept prepared: a client asks for a few worlds' shards at a time, in world order.</summary>
    private const int KeptWorlds = 16;

    private readonly UncertaintyPlan _plan;
    private readonly int? _threads;
    private readonly Dictionary<int, Lazy<ShardRunner[]>> _worlds = [];
    private readonly Queue<int> _order = new();

    /// <param name="threads">Threads per shard (null: one per core); the sums do not depend on it.</param>
    public AnalysisShardRunner(UncertaintyPlan plan, int? threads)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _plan = plan;
        _threads = threads;
    }

    /// <summary>The shard's sums: the persons of its chunks, in one replication of one of the world's simulations, through every arm.</summary>
    public ShardSums Run(WorldShard shard, CancellationToken cancellationToken = default)
    {
        if (shard.Row < 0 || shard.Row >= _plan.WorldCount)
            throw new ArgumentOutOfRangeException(nameof(shard), $"World {shard.Row} is not one of the analysis's {_plan.WorldCount}.");
        var parts = World(shard.Row);
        if (shard.Part < 0 || shard.Part >= parts.Length)
            throw new ArgumentOutOfRangeException(nameof(shard), $"World {shard.Row} runs {parts.Length} simulation(s); it has no part {shard.Part}.");
        return parts[shard.Part].Run(shard.Range, cancellationToken);
    }

    private ShardRunner[] World(int row)
    {
        Lazy<ShardRunner[]> entry;
        lock (_worlds)
        {
            if (!_worlds.TryGetValue(row, out entry!))
            {
                entry = new Lazy<ShardRunner[]>(() => UncertaintyAnalysis.Simulations(_plan, row, _threads).Select(s => new ShardRunner(s.Arms, s.Options)).ToArray());
                _worlds.Add(row, entry);
                _order.Enqueue(row);
                while (_order.Count > KeptWorlds) _worlds.Remove(_order.Dequeue());
            }
        }
        return entry.Value;
    }
}
