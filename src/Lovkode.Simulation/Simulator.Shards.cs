using System.Diagnostics;
using Lovkode.Simulation.Engine;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Results;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Sharding;

namespace Lovkode.Simulation;

public static partial class Simulator
{
    /// <summary>
    /// A run whose shards are computed by <paramref name="executor"/> (a cluster): every shard of
    /// every replication is asked for at once (the executor decides how many run together), and
    /// each replication is merged and closed in replication order as its shards arrive, through the
    /// same code as a run in this process, so the result is identical to it. With a stop rule the
    /// shards not yet needed are cancelled once the rule is met.
    /// </summary>
    public static Task<SimulationResult> RunAsync(
        IReadOnlyList<Arm> arms,
        SimulationOptions options,
        IShardExecutor executor,
        int shardsPerReplication,
        IProgress<SimulationProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(arms, options, executor, shardsPerReplication, hooks: null, progress, cancellationToken);

    /// <summary>As above, with the uncertainty analysis's look at each replication (<see cref="RunHooks.Replication"/>; a shared population is not read: shards draw their own persons).</summary>
    internal static async Task<SimulationResult> RunAsync(
        IReadOnlyList<Arm> arms,
        SimulationOptions options,
        IShardExecutor executor,
        int shardsPerReplication,
        RunHooks? hooks,
        IProgress<SimulationProgress>? progress,
        CancellationToken cancellationToken)
    {
        Check(arms, options);
        ArgumentNullException.ThrowIfNull(executor);
        var clock = Stopwatch.StartNew();
        var run = new RunFrame(arms, options);
        var layout = ShardLayout.For(options, shardsPerReplication);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        long done = 0;
        var byReplication = layout.Shards
            .Select(shard => (shard.Replication, Task: Run(shard)))
            .GroupBy(s => s.Replication)
            .OrderBy(g => g.Key)
            .ToList();

        async Task<ShardSums> Run(ShardRange shard)
        {
            var sums = await executor.RunAsync(shard, stop.Token).ConfigureAwait(false);
            if (sums.Arms != run.Plans.Length) throw new InvalidOperationException($"Shard {shard.Key} came back with {sums.Arms} arms instead of {run.Plans.Length}.");
            var total = Interlocked.Add(ref done, layout.PersonsIn(shard, options.Persons));
            progress?.Report(new SimulationProgress((int)(total / options.Persons), options.Replications, total % options.Persons, options.Persons, clock.Elapsed));
            return sums;
        }

        try
        {
            foreach (var replication in byReplication)
            {
                var merged = run.NewSums();
                foreach (var (_, task) in replication)
                {
                    Add(merged, await task.ConfigureAwait(false));
                }
                if (run.Close(replication.Key, merged, hooks, progress, clock)) break;
            }
        }
        finally
        {
            // Shards of replications the stop rule made unneeded, or left after a failure, are not waited for.
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(byReplication.SelectMany(r => r).Select(s => s.Task)).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        }
        return run.Result(clock);
    }

    private static void Add(RawAccumulator[] merged, ShardSums part)
    {
        for (var a = 0; a < merged.Length; a++)
        {
            var target = merged[a];
            if (part.Sums[a].Length != target.Sums.Length || part.Eligible[a].Length != target.Eligible.Length || part.Covered[a].Length != target.Covered.Length)
                throw new InvalidOperationException("A shard's sums have another shape than the run's: the worker ran another scenario or another build.");
            AddInto(target.Sums, part.Sums[a]);
            AddInto(target.Eligible, part.Eligible[a]);
            AddInto(target.Covered, part.Covered[a]);
        }
    }

    private static void AddInto(long[] target, long[] source)
    {
        for (var i = 0; i < target.Length; i++) target[i] += source[i];
    }
}
