using System.Diagnostics;
using Lovkode.Simulation.Engine;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Model;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Results;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Statistics;

namespace Lovkode.Simulation;

/// <summary>
/// Runs a scenario: the same synthetic population, drawn from the options' population model,
/// through every arm, replication after replication, and compares each reform arm with the
/// baseline (the first arm) person by person.
/// </summary>
/// <remarks>
/// Within a replication the persons are cut into fixed chunks (their size depends on the
/// population only, never on the thread count) that run in parallel. Each worker adds whole
/// numbers into its own accumulators, which are merged at the end; integer sums do not depend
/// on the order, so 1 and N threads give identical results.
/// </remarks>
public static partial class Simulator
{
    /// <summary>The most chunks a replication is cut into; more persons make larger chunks, so merge cost stays flat.</summary>
    private const int MaxChunks = 256;

    private const int MinChunkSize = 1024;

    public static SimulationResult Run(
        IReadOnlyList<Arm> arms,
        SimulationOptions options,
        IProgress<SimulationProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        Run(arms, options, null, progress, cancellationToken);

    /// <summary>The chunk size of a replication of <paramref name="persons"/> persons: it depends on the population only, never on the thread count.</summary>
    internal static int ChunkSizeFor(long persons) => Math.Max(MinChunkSize, (int)Math.Ceiling(persons / (double)MaxChunks));

    /// <summary>A run with the uncertainty analysis's hooks: a shared population, a look at each replication (<see cref="RunHooks"/>).</summary>
    internal static SimulationResult Run(
        IReadOnlyList<Arm> arms,
        SimulationOptions options,
        RunHooks? hooks,
        IProgress<SimulationProgress>? progress,
        CancellationToken cancellationToken)
    {
        Check(arms, options);
        var clock = Stopwatch.StartNew();
        var run = new RunFrame(arms, options);
        var population = hooks?.Population;
        if (population is not null && !population.Serves(options))
            throw new InvalidOperationException($"A shared population of {population.Persons} persons, {population.Replications} replications and seed {population.Seed} cannot serve a run of {options.Persons} persons, {options.Replications} replications and seed {options.Seed}.");

        for (var replication = 0; replication < options.Replications; replication++)
        {
            var merged = RunReplication(run.Plans, run.Model, run.Synthesizer, options, replication, run.ChunkSize, 0, run.Chunks, population, progress, clock, cancellationToken);
            if (run.Close(replication, merged, hooks, progress, clock)) break;
        }
        return run.Result(clock);
    }

    /// <summary>
    /// Every check a run makes before its first person, without simulating: the arms and
    /// options, the population model against each regime (the law parameters it reads, the
    /// grouping fact), the stop rule's metric. Throws what <see cref="Run(IReadOnlyList{Arm}, SimulationOptions, IProgress{SimulationProgress}?, CancellationToken)"/> would.
    /// </summary>
    public static void Validate(IReadOnlyList<Arm> arms, SimulationOptions options)
    {
        Check(arms, options);
        _ = new RunFrame(arms, options);
    }

    internal static void Check(IReadOnlyList<Arm> arms, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(arms);
        ArgumentNullException.ThrowIfNull(options);
        if (arms.Count == 0) throw new ArgumentException("A run needs at least one arm (the baseline).", nameof(arms));
        options.Validate();
        var duplicate = arms.GroupBy(a => a.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Two arms are named '{duplicate.Key}'; arm names must be unique.", nameof(arms));
    }

    /// <summary>Convenience: the baseline and reforms as regimes, one arm each.</summary>
    public static SimulationResult Compare(Runtime.IRegime baseline, IEnumerable<Runtime.IRegime> reforms, SimulationOptions options, IProgress<SimulationProgress>? progress = null) =>
        Run([Arm.Of(baseline), .. reforms.Select(r => Arm.Of(r))], options, progress);

    internal static RawAccumulator[] RunReplication(
        ArmPlan[] plans, ModelPlan model, PersonSynthesizer synthesizer, SimulationOptions options, int replication, int chunkSize, int firstChunk, int chunks,
        SharedPopulation? population, IProgress<SimulationProgress>? progress, Stopwatch clock, CancellationToken cancellationToken)
    {
        var merged = plans.Select(a => new RawAccumulator(a.Layout, a.SupervisionSlots, options.Weeks)).ToArray();
        long done = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.For(firstChunk, firstChunk + chunks, parallel,
            () => new Worker<NoObserver>(plans, model, synthesizer, options, chunkSize, options.Weeks),
            (chunk, _, worker) =>
            {
                var first = (long)chunk * chunkSize;
                var count = (int)Math.Min(chunkSize, options.Persons - first);
                // A shared population is read when it holds the chunk, and kept while it does not.
                var drawn = population?.Get(replication, chunk);
                worker.Run(replication, first, count, drawn);
                if (population is not null && drawn is null) population.Keep(replication, chunk, worker.Chunk);
                var total = Interlocked.Add(ref done, count);
                progress?.Report(new SimulationProgress(replication, options.Replications, total, options.Persons, clock.Elapsed));
                return worker;
            },
            worker =>
            {
                lock (merged)
                {
                    for (var a = 0; a < merged.Length; a++) merged[a].Add(worker.Accumulators[a]);
                }
            });
        return merged;
    }
}
