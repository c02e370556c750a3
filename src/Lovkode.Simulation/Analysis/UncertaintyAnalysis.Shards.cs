using System.Diagnostics;
using Lovkode.Simulation.Analysis.Results;
using Lovkode.Simulation.Analysis.Running;
using Lovkode.Simulation.Analysis.Worlds;
using Lovkode.Simulation.Engine;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Results;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Sharding;

namespace Lovkode.Simulation.Analysis;

public static partial class UncertaintyAnalysis
{
    /// <summary>
    /// The analysis with its worlds cut into shards computed by <paramref name="executor"/> (a
    /// cluster): a shard is a range of chunks of one replication of one of a world's simulations
    /// (its own run, or a run of its calibration check; <see cref="WorldShard"/>). Each simulation
    /// is merged as a plain run's shards are (<see cref="Simulator.RunAsync(IReadOnlyList{Arm}, SimulationOptions, IShardExecutor, int, IProgress{SimulationProgress}?, CancellationToken)"/>:
    /// whole-number sums, replications closed in order), and rows are stored by index, so the result
    /// is the one this process gives, for any number of shards and any order of arrival.
    /// </summary>
    /// <param name="shardsPerReplication">The most shards a replication of a world's simulation is cut into.</param>
    /// <param name="worldsAtOnce">Worlds whose shards are asked for at once (each is prepared here to merge its shards; enough keep every worker busy).</param>
    public static async Task<UncertaintyResult> ExecuteAsync(
        UncertaintyPlan plan,
        IWorldShardExecutor executor,
        int shardsPerReplication,
        int worldsAtOnce,
        IProgress<UncertaintyProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentOutOfRangeException.ThrowIfLessThan(shardsPerReplication, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(worldsAtOnce, 1);
        var clock = Stopwatch.StartNew();
        var rows = new SampleRow[plan.WorldCount];
        var done = 0;
        var shared = 0;
        var shardsDone = 0L;
        var shardsTotal = CountShards(plan, shardsPerReplication);
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(worldsAtOnce);

        void ShardDone()
        {
            var d = Interlocked.Increment(ref shardsDone);
            progress?.Report(new UncertaintyProgress(Volatile.Read(ref done), rows.Length, clock.Elapsed) { Work = d / (double)shardsTotal });
        }

        async Task RunOne(int i)
        {
            await slots.WaitAsync(failed.Token).ConfigureAwait(false);
            try
            {
                var (row, same) = await RunSharded(plan, i, executor, shardsPerReplication, ShardDone, failed.Token).ConfigureAwait(false);
                rows[i] = row;
                if (same && i > 0) Interlocked.Increment(ref shared);
                var d = Interlocked.Increment(ref done);
                progress?.Report(new UncertaintyProgress(d, rows.Length, clock.Elapsed) { Work = Interlocked.Read(ref shardsDone) / (double)shardsTotal });
            }
            catch
            {
                // One world lost for good fails the analysis: the others are not waited for.
                await failed.CancelAsync().ConfigureAwait(false);
                throw;
            }
            finally
            {
                slots.Release();
            }
        }

        var tasks = Enumerable.Range(0, rows.Length).Select(RunOne).ToList();
        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        finally
        {
            await failed.CancelAsync().ConfigureAwait(false);
        }
        return UncertaintyReport.Build(plan, rows, shared, clock.Elapsed);
    }

    /// <summary>
    /// The simulations world <paramref name="row"/> runs, in the order of its shards' parts: its own
    /// run of the arms, then its calibration check's runs. What a worker prepares for a world's shards.
    /// </summary>
    internal static IReadOnlyList<(IReadOnlyList<Arm> Arms, SimulationOptions Options)> Simulations(UncertaintyPlan plan, int row, int? threads)
    {
        var spec = plan.Worlds.Spec(row);
        return Simulations(plan, spec, plan.Factory.Make(spec.Values), threads);
    }

    private static List<(IReadOnlyList<Arm> Arms, SimulationOptions Options)> Simulations(UncertaintyPlan plan, WorldSpec spec, World world, int? threads)
    {
        var list = new List<(IReadOnlyList<Arm>, SimulationOptions)> { (world.Arms, WorldOptions(plan, spec, world) with { MaxDegreeOfParallelism = threads }) };
        foreach (var (arms, options) in plan.Calibration?.Runs(world, threads) ?? [])
        {
            list.Add((arms, options));
        }
        return list;
    }

    /// <summary>One world from its shards: its simulations merged here, then read as a world run in this process is read.</summary>
    private static async Task<(SampleRow Row, bool SamePopulationAsPoint)> RunSharded(
        UncertaintyPlan plan, int row, IWorldShardExecutor executor, int shardsPerReplication, Action shardDone, CancellationToken cancellationToken)
    {
        var spec = plan.Worlds.Spec(row);
        var world = plan.Factory.Make(spec.Values);
        var simulations = Simulations(plan, spec, world, null);
        var replications = new List<IReadOnlyList<ReplicationValues>>();
        var hooks = new RunHooks { Replication = (_, values) => replications.Add(values.ToArray()) };
        var results = await Task.WhenAll(simulations.Select((s, part) =>
            Simulator.RunAsync(s.Arms, s.Options, new PartExecutor(executor, row, part, shardDone), shardsPerReplication, part == 0 ? hooks : null, null, cancellationToken))).ConfigureAwait(false);
        var outcome = WorldRun.Read(results[0], replications, plan.Outcomes);
        var check = plan.Calibration?.Judge(world, results[1..]);
        return (Row(spec, outcome, check), world.SamePopulationAsPoint);
    }

    /// <summary>Every shard of the analysis, for the progress bar: the layout depends on each simulation's persons and replications only.</summary>
    private static long CountShards(UncertaintyPlan plan, int shardsPerReplication)
    {
        long Shards(SimulationOptions options) => ShardLayout.For(options, shardsPerReplication).Shards.Count;
        var oneWay = plan.Worlds.OneWay is null ? 0 : plan.WorldCount - 1 - plan.Worlds.SampleCount;
        var calibration = plan.Calibration?.Options.Sum(Shards) ?? 0;
        return ((plan.WorldCount - oneWay) * Shards(plan.Run))
            + (oneWay * Shards(plan.Run with { Replications = plan.Options.OneWayReplications }))
            + (plan.WorldCount * calibration);
    }

    /// <summary>One simulation of one world, as the plain run's merge asks for its shards.</summary>
    private sealed class PartExecutor(IWorldShardExecutor executor, int row, int part, Action done) : IShardExecutor
    {
        public async Task<ShardSums> RunAsync(ShardRange shard, CancellationToken cancellationToken)
        {
            var sums = await executor.RunAsync(new WorldShard(row, part, shard), cancellationToken).ConfigureAwait(false);
            done();
            return sums;
        }
    }
}
