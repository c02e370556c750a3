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
public static class Simulator
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
        ArgumentNullException.ThrowIfNull(arms);
        ArgumentNullException.ThrowIfNull(options);
        if (arms.Count == 0) throw new ArgumentException("A run needs at least one arm (the baseline).", nameof(arms));
        options.Validate();
        var duplicate = arms.GroupBy(a => a.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Two arms are named '{duplicate.Key}'; arm names must be unique.", nameof(arms));

        var clock = Stopwatch.StartNew();
        var model = new ModelPlan(options.Model, arms[0].Periods[0].Regime, options);
        var crosswalk = options.GroupByBaseline ? arms[0].Periods[0].Regime : null;
        var plans = arms.Select(a => new ArmPlan(a, options.Start, options.Weeks, model, crosswalk)).ToArray();
        var synthesizer = new PersonSynthesizer(model, options.Weeks);
        var scale = (options.RepresentedPersons ?? synthesizer.RepresentedPersons) / options.Persons;
        var catalog = new MetricTable(plans[0].Layout.Actors, plans[0].Layout.Channels, model.HourlyDkk, 52.0 / options.Weeks / model.HoursPerFte, model.Info.Currency);
        var aggregator = new ResultAggregator(plans, catalog, options.ByArea);
        if (options.StopRule is { } rule) aggregator.MetricIndex(rule.Metric);

        var chunkSize = ChunkSizeFor(options.Persons);
        var chunks = (int)Math.Ceiling(options.Persons / (double)chunkSize);
        var population = hooks?.Population;
        if (population is not null && !population.Serves(options))
            throw new InvalidOperationException($"A shared population of {population.Persons} persons, {population.Replications} replications and seed {population.Seed} cannot serve a run of {options.Persons} persons, {options.Replications} replications and seed {options.Seed}.");
        var stoppedEarly = false;

        for (var replication = 0; replication < options.Replications; replication++)
        {
            var merged = RunReplication(plans, model, synthesizer, options, replication, chunkSize, chunks, population, progress, clock, cancellationToken);
            var values = new ReplicationValues[plans.Length];
            for (var a = 0; a < plans.Length; a++)
            {
                SupervisionJudge.Apply(plans[a], merged[a], options.Start, model.AreaResults, options.Seed, replication);
                values[a] = ReplicationValues.From(merged[a], catalog, scale, options.ByArea);
            }
            aggregator.Add(values);
            hooks?.Replication?.Invoke(replication, values);

            double? measure = null;
            if (options.StopRule is { } stop && aggregator.Replications >= stop.MinReplications)
            {
                measure = aggregator.StopMeasure(stop);
                stoppedEarly = measure <= stop.HalfWidth && replication + 1 < options.Replications;
            }
            progress?.Report(new SimulationProgress(replication + 1, options.Replications, 0, options.Persons, clock.Elapsed, measure));
            if (stoppedEarly) break;
        }

        var (armResults, comparisons) = aggregator.Build();
        return new SimulationResult(options, catalog.Infos, armResults, comparisons, aggregator.Replications, stoppedEarly, scale, clock.Elapsed)
        {
            HourlyDkk = model.HourlyDkk,
            Currency = model.Info.Currency,
            HoursPerFte = model.HoursPerFte,
            Areas = model.AreaNames,
        };
    }

    /// <summary>Convenience: the baseline and reforms as regimes, one arm each.</summary>
    public static SimulationResult Compare(Runtime.IRegime baseline, IEnumerable<Runtime.IRegime> reforms, SimulationOptions options, IProgress<SimulationProgress>? progress = null) =>
        Run([Arm.Of(baseline), .. reforms.Select(r => Arm.Of(r))], options, progress);

    private static RawAccumulator[] RunReplication(
        ArmPlan[] plans, ModelPlan model, PersonSynthesizer synthesizer, SimulationOptions options, int replication, int chunkSize, int chunks,
        SharedPopulation? population, IProgress<SimulationProgress>? progress, Stopwatch clock, CancellationToken cancellationToken)
    {
        var merged = plans.Select(a => new RawAccumulator(a.Layout, a.SupervisionSlots, options.Weeks)).ToArray();
        long done = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, chunks, parallel,
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
