using System.Diagnostics;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Model;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Results;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Statistics;

namespace Lovkode.Simulation.Engine;

/// <summary>
/// A run's fixed parts (the arm plans, the synthesizer, the metric table, the chunking) and its
/// running statistics. Whoever produces a replication's merged sums (this process's threads or a
/// cluster's workers) hands them to <see cref="Close"/> in replication order, so the judging of
/// supervision, the metric values, the statistics and the stop rule are the same code either way.
/// </summary>
internal sealed class RunFrame
{
    private readonly SimulationOptions _options;
    private readonly double _scale;
    private readonly MetricTable _catalog;
    private readonly ResultAggregator _aggregator;
    private bool _stoppedEarly;

    public RunFrame(IReadOnlyList<Arm> arms, SimulationOptions options)
    {
        _options = options;
        Model = new ModelPlan(options.Model, arms[0].Periods[0].Regime, options);
        var crosswalk = options.GroupByBaseline ? arms[0].Periods[0].Regime : null;
        var byFact = options.GroupByFact is { } name ? Model.GroupingFact(name) : null;
        Plans = arms.Select(a => new ArmPlan(a, options.Start, options.Weeks, Model, crosswalk, byFact)).ToArray();
        Synthesizer = new PersonSynthesizer(Model, options.Weeks);
        _scale = (options.RepresentedPersons ?? Synthesizer.RepresentedPersons) / options.Persons;
        _catalog = new MetricTable(Plans[0].Layout.Actors, Plans[0].Layout.Channels, Model.HourlyDkk, 52.0 / options.Weeks / Model.HoursPerFte, Model.Info.Currency);
        _aggregator = new ResultAggregator(Plans, _catalog, options.ByArea);
        if (options.StopRule is { } rule) _aggregator.MetricIndex(rule.Metric);
        ChunkSize = Simulator.ChunkSizeFor(options.Persons);
        Chunks = (int)Math.Ceiling(options.Persons / (double)ChunkSize);
    }

    public ModelPlan Model { get; }

    public ArmPlan[] Plans { get; }

    public PersonSynthesizer Synthesizer { get; }

    /// <summary>Persons per chunk: fixed by the population, never by threads or workers.</summary>
    public int ChunkSize { get; }

    public int Chunks { get; }

    /// <summary>Empty sums for every arm, to merge a replication's parts into.</summary>
    public RawAccumulator[] NewSums() => Plans.Select(a => new RawAccumulator(a.Layout, a.SupervisionSlots, _options.Weeks)).ToArray();

    /// <summary>Takes replication <paramref name="replication"/>'s merged sums; true when the stop rule says stop.</summary>
    public bool Close(int replication, RawAccumulator[] merged, RunHooks? hooks, IProgress<SimulationProgress>? progress, Stopwatch clock)
    {
        var values = new ReplicationValues[Plans.Length];
        for (var a = 0; a < Plans.Length; a++)
        {
            SupervisionJudge.Apply(Plans[a], merged[a], _options.Start, Model.AreaResults, _options.Seed, replication);
            values[a] = ReplicationValues.From(merged[a], _catalog, _scale, _options.ByArea);
        }
        _aggregator.Add(values);
        hooks?.Replication?.Invoke(replication, values);

        double? measure = null;
        if (_options.StopRule is { } stop && _aggregator.Replications >= stop.MinReplications)
        {
            measure = _aggregator.StopMeasure(stop);
            _stoppedEarly = measure <= stop.HalfWidth && replication + 1 < _options.Replications;
        }
        progress?.Report(new SimulationProgress(replication + 1, _options.Replications, 0, _options.Persons, clock.Elapsed, measure));
        return _stoppedEarly;
    }

    public SimulationResult Result(Stopwatch clock)
    {
        var (armResults, comparisons) = _aggregator.Build();
        return new SimulationResult(_options, _catalog.Infos, armResults, comparisons, _aggregator.Replications, _stoppedEarly, _scale, clock.Elapsed)
        {
            HourlyDkk = Model.HourlyDkk,
            Currency = Model.Info.Currency,
            HoursPerFte = Model.HoursPerFte,
            Areas = Model.AreaNames,
        };
    }
}
