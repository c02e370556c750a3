using System.Diagnostics;
using Lovkode.Simulation.Engine;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Sharding;

/// <summary>
/// Runs shards of one run: what a cluster's worker keeps per run, so that the arm plans and the
/// synthesizer are built once and not per shard. Thread-safe: each call works in its own accumulators.
/// </summary>
public sealed class ShardRunner
{
    private readonly SimulationOptions _options;
    private readonly RunFrame _frame;

    public ShardRunner(IReadOnlyList<Arm> arms, SimulationOptions options)
    {
        Simulator.Check(arms, options);
        _options = options;
        _frame = new RunFrame(arms, options);
    }

    /// <summary>The shard's sums: the persons of its chunks through every arm, on <see cref="SimulationOptions.MaxDegreeOfParallelism"/> threads.</summary>
    public ShardSums Run(ShardRange shard, CancellationToken cancellationToken = default)
    {
        if (shard.Replication < 0 || shard.Replication >= _options.Replications)
            throw new ArgumentOutOfRangeException(nameof(shard), $"Replication {shard.Replication} is not one of the run's {_options.Replications}.");
        if (shard.FirstChunk < 0 || shard.ChunkCount < 1 || shard.FirstChunk + shard.ChunkCount > _frame.Chunks)
            throw new ArgumentOutOfRangeException(nameof(shard), $"Chunks {shard.FirstChunk}..{shard.FirstChunk + shard.ChunkCount - 1} are not within the run's {_frame.Chunks}.");
        var sums = Simulator.RunReplication(_frame.Plans, _frame.Model, _frame.Synthesizer, _options, shard.Replication, _frame.ChunkSize,
            shard.FirstChunk, shard.ChunkCount, null, null, Stopwatch.StartNew(), cancellationToken);
        return new ShardSums(sums.Select(s => s.Sums).ToArray(), sums.Select(s => s.Eligible).ToArray(), sums.Select(s => s.Covered).ToArray());
    }
}
