using System.Diagnostics;
using Lovkode.Runtime;
using Lovkode.Simulation.Analysis.Assumptions;
using Lovkode.Simulation.Analysis.Results;
using Lovkode.Simulation.Analysis.Running;
using Lovkode.Simulation.Analysis.Worlds;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Analysis;

/// <summary>
/// A probabilistic sensitivity analysis of a run: draws the declared ranges of the model's and the
/// law's assumptions, runs the paired comparison in every world on the same persons and draws
/// (common random numbers: replication r of every world is the same population, so only the
/// assumptions differ), checks each world against the model's calibration targets, and reports
/// every headline outcome's point, median and intervals, its variance split, the one-way effects
/// and, with a Saltelli design, the Sobol' indices.
/// </summary>
/// <remarks>
/// The point world runs first, on every thread, and keeps its persons; then the other worlds run
/// side by side, one thread each, and a world that changes no number the synthesis reads borrows
/// the point world's persons instead of drawing them. Every world is a pure function of its values
/// and the run's seed, and rows are stored by index, so the analysis is the same at any thread count.
/// </remarks>
public static partial class UncertaintyAnalysis
{
    /// <param name="calibrationRegimes">Makes a regime by the name a calibration target gives (null: none can be made).</param>
    public static UncertaintyResult Run(
        IReadOnlyList<Arm> arms,
        SimulationOptions options,
        UncertaintyOptions uncertainty,
        Func<string, IRegime?>? calibrationRegimes = null,
        IProgress<UncertaintyProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var plan = Plan(arms, options, uncertainty, calibrationRegimes);
        return Execute(plan, progress, cancellationToken);
    }

    /// <summary>
    /// Everything an analysis decides before it runs: the assumptions and the selection, the worlds,
    /// the calibration. Bad input (an unknown name in <see cref="UncertaintyOptions.Vary"/>, a range
    /// that cannot be sampled, a design too large) fails here, before any simulation.
    /// </summary>
    public static UncertaintyPlan Plan(IReadOnlyList<Arm> arms, SimulationOptions options, UncertaintyOptions uncertainty, Func<string, IRegime?>? calibrationRegimes = null)
    {
        ArgumentNullException.ThrowIfNull(arms);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(uncertainty);
        if (arms.Count == 0) throw new ArgumentException("An analysis needs at least one arm (the baseline).", nameof(arms));
        options.Validate();
        uncertainty.Validate();
        var run = options with { Replications = uncertainty.Replications, StopRule = null, ByArea = false };
        var model = run.Model;

        var calibration = uncertainty.Calibrate && model.Info.Targets.Count > 0
            ? new CalibrationCheck(model.Info, run, uncertainty.CalibrationPersons ?? Math.Min(UncertaintyOptions.DefaultCalibrationPersons, run.Persons))
            : null;
        var calibrationBase = new Dictionary<string, IRegime>(StringComparer.Ordinal);
        foreach (var (name, target) in calibration?.Regimes ?? [])
        {
            var regime = calibrationRegimes?.Invoke(name)
                ?? throw new InvalidOperationException($"{target.Location}: model '{model.Info.Name}': target {target.Name} is measured {(name == target.Regime ? "under" : "against")} regime '{name}', which does not exist.");
            // A target measures the law as cited: a scenario's overrides of the same regime are not the published world's.
            calibrationBase[name] = regime.Parameters.Overrides.Count == 0 ? regime : RegimeCopy.With(regime, new ParameterSet(regime.Info.Parameters, regime.Info.Groups.Count));
        }

        var windows = Windows(arms, run, calibration, calibrationBase);
        var catalog = AssumptionCatalog.Build(model, windows, run.PracticeContact, run.BehaviouralEffects);
        var (varying, problems) = catalog.Select(uncertainty.Vary);
        if (problems.Count > 0) throw new AssumptionSelectionException(problems);
        var worlds = new WorldPlan(varying, uncertainty);
        var factory = new WorldFactory(model, arms, calibrationBase, catalog, varying);
        var outcomes = OutcomeLayout.For(arms.Select(a => a.Name).ToList(), uncertainty.Metrics, id => Describe(arms[0], model.Info.Currency, id));
        if (outcomes.Count == 0) throw new ArgumentException($"None of the metrics {string.Join(", ", uncertainty.Metrics)} is reported for the run's domain.");
        return new UncertaintyPlan(arms, run, uncertainty, catalog, worlds, factory, calibration, outcomes);
    }

    public static UncertaintyResult Execute(UncertaintyPlan plan, IProgress<UncertaintyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var worlds = plan.Worlds;
        var rows = new SampleRow[worlds.Count];
        var threads = plan.Run.MaxDegreeOfParallelism ?? Environment.ProcessorCount;
        // Keep the point world's persons only when some other world can borrow them.
        var population = worlds.SomeWorldSharesPersons ? new SharedPopulation(plan.Run) : null;
        if (population is not null) plan.Calibration?.SharePopulations();
        var done = 0;
        var shared = 0;

        SampleRow RunWorld(WorldSpec spec, int worldThreads)
        {
            var (row, samePopulation) = Run(plan, spec, worldThreads, population, cancellationToken);
            if (samePopulation && spec.Row > 0) Interlocked.Increment(ref shared);
            progress?.Report(new UncertaintyProgress(Interlocked.Increment(ref done), worlds.Count, clock.Elapsed));
            return row;
        }

        // The point world first, on every thread: it keeps the persons the other worlds may borrow.
        rows[0] = RunWorld(worlds.Spec(0), threads);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        Parallel.For(1, worlds.Count, parallel, i => rows[i] = RunWorld(worlds.Spec(i), 1));

        return UncertaintyReport.Build(plan, rows, shared, clock.Elapsed);
    }

    /// <summary>One world: its outcomes and calibration, and whether it could borrow the point world's persons.</summary>
    internal static (SampleRow Row, bool SamePopulationAsPoint) Run(UncertaintyPlan plan, WorldSpec spec, int threads, SharedPopulation? population, CancellationToken cancellationToken)
    {
        var world = plan.Factory.Make(spec.Values);
        var outcome = WorldRun.Run(world, WorldOptions(plan, spec, world) with { MaxDegreeOfParallelism = threads }, plan.Outcomes, population, cancellationToken);
        var check = plan.Calibration?.Check(world, threads, cancellationToken);
        return (Row(spec, outcome, check), world.SamePopulationAsPoint);
    }

    /// <summary>The options of a world's own run: the analysis's (the one-way ends' replications for a one-way end) on the world's model.</summary>
    internal static SimulationOptions WorldOptions(UncertaintyPlan plan, WorldSpec spec, World world)
    {
        var replications = spec.Kind is RowKind.OneWayLow or RowKind.OneWayHigh ? plan.Options.OneWayReplications : plan.Run.Replications;
        return plan.Run with { Replications = replications, Model = world.Model };
    }

    private static SampleRow Row(WorldSpec spec, WorldOutcome outcome, CalibrationOutcome? check) =>
        new(spec.Row, spec.Kind, spec.Base, spec.Assumption, spec.Values, outcome.Values, check?.Values, check?.Accepted ?? true)
        {
            Replicates = outcome.Replicates,
        };

    /// <summary>
    /// The days each regime is in force in the counted weeks of some run of the analysis. A value
    /// in force only in a warm-up (the weeks before the start that fill supervision's window) moves
    /// nothing that is counted, so it is not an assumption of the run.
    /// </summary>
    private static List<LawWindow> Windows(IReadOnlyList<Arm> arms, SimulationOptions run, CalibrationCheck? calibration, Dictionary<string, IRegime> calibrationBase)
    {
        var windows = new List<LawWindow>();
        var runFrom = run.Start.DayNumber;
        var runUntil = run.Start.DayNumber + (7 * run.Weeks);
        foreach (var arm in arms)
        {
            for (var p = 0; p < arm.Periods.Count; p++)
            {
                var from = p == 0 ? runFrom : Math.Max(runFrom, arm.Periods[p].From.DayNumber);
                var until = p + 1 < arm.Periods.Count ? Math.Min(runUntil, arm.Periods[p + 1].From.DayNumber) : runUntil;
                windows.Add(new LawWindow(arm.Periods[p].Regime, from, Math.Max(from, until)));
            }
        }
        foreach (var target in calibration?.Targets ?? [])
        {
            foreach (var name in target.Against is { } against ? [target.Regime, against] : new[] { target.Regime })
            {
                windows.Add(new LawWindow(calibrationBase[name], target.Start.DayNumber, target.Start.DayNumber + (7 * target.Weeks)));
            }
        }
        return windows;
    }

    /// <summary>The metric's unit (money in the model's currency) and title, or null when the run's domain does not report it.</summary>
    private static (string Unit, string Title)? Describe(Arm baseline, string currency, MetricId id)
    {
        var info = baseline.Periods[0].Regime.Info;
        var metric = MetricCatalogue.ForRun(info.Actors, info.Channels, 1, 1, currency).FirstOrDefault(m => m.Info.Id == id).Info;
        return metric is null ? null : (metric.Unit, metric.Title);
    }
}
