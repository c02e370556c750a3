using Lovkode.Runtime;
using Lovkode.Simulation.Analysis.Worlds;
using Lovkode.Simulation.Calibration;
using Lovkode.Simulation.Engine;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Results;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Analysis.Running;

/// <summary>What a world's baseline gives for each calibration target, and whether every target is met within its tolerance.</summary>
internal sealed record CalibrationOutcome(double[] Values, bool Accepted);

/// <summary>
/// Checks a world against the model's calibration targets (<see cref="ModelInfo.Targets"/>): each
/// target's regime, with the world's law values, runs over the target's weeks from its start on the
/// world's model, as <see cref="CalibrationRun"/> does (practice contact on, behavioural effects off,
/// as the model was calibrated; a target on a change runs its regime paired against the other), on
/// one replication of the analysis's calibration persons with the run's seed, so every world is
/// checked on the same persons. A world meets the targets when every metric lies within its
/// tolerance of the published figure: approximate Bayesian computation by rejection.
/// </summary>
internal sealed class CalibrationCheck
{
    private readonly Run[] _runs;
    private SharedPopulation?[] _populations;

    public CalibrationCheck(ModelInfo info, SimulationOptions run, int persons)
    {
        Targets = info.Targets;
        var metrics = Targets.Select(t => CalibrationRun.Metric(info, t)).ToArray();
        _runs = Enumerable.Range(0, Targets.Count)
            .GroupBy(i => (Targets[i].Regime, Targets[i].Against, Targets[i].Start, Targets[i].Weeks))
            .Select(g =>
            {
                var options = CalibrationRun.DefaultOptions(run.Model) with
                {
                    Persons = persons,
                    Replications = 1,
                    Seed = run.Seed,
                    Start = g.Key.Start,
                    Weeks = g.Key.Weeks,
                    MaxDegreeOfParallelism = run.MaxDegreeOfParallelism,
                };
                return new Run(g.Key.Regime, g.Key.Against, g.ToArray(), g.Select(i => metrics[i]).ToArray(), options);
            })
            .ToArray();
        _populations = new SharedPopulation?[_runs.Length];
    }

    public IReadOnlyList<TargetInfo> Targets { get; }

    /// <summary>Every regime a target is measured under or against, with the first target that names it (for its place in the model file and its year).</summary>
    public IEnumerable<(string Regime, TargetInfo Target)> Regimes =>
        Targets.SelectMany(t => t.Against is { } against ? new[] { (t.Regime, t), (against, t) } : [(t.Regime, t)])
            .DistinctBy(x => x.Item1, StringComparer.Ordinal);

    /// <summary>The options of each run of a check, in order (their persons and replications fix how they are cut into shards).</summary>
    public IEnumerable<SimulationOptions> Options => _runs.Select(r => r.Options);

    /// <summary>Keep the point world's calibration persons (the first check after this keeps them) for the worlds that may borrow them.</summary>
    public void SharePopulations() => _populations = _runs.Select(r => (SharedPopulation?)new SharedPopulation(r.Options)).ToArray();

    public CalibrationOutcome Check(World world, int threads, CancellationToken cancellationToken)
    {
        var runs = Runs(world, threads);
        var results = new SimulationResult[runs.Count];
        for (var k = 0; k < runs.Count; k++)
        {
            var hooks = new RunHooks { Population = world.SamePopulationAsPoint ? _populations[k] : null };
            results[k] = Simulator.Run(runs[k].Arms, runs[k].Options, hooks, null, cancellationToken);
        }
        return Judge(world, results);
    }

    /// <summary>
    /// The simulations a world's check runs, in order: each target's regime (paired against the other
    /// for a target on a change) with the world's law values and model. What a cluster's workers run
    /// as shards; <see cref="Judge"/> reads their results.
    /// </summary>
    public IReadOnlyList<(Arm[] Arms, SimulationOptions Options)> Runs(World world, int? threads) =>
        _runs.Select(run =>
        {
            var under = world.CalibrationRegimes[run.Regime];
            Arm[] arms = run.Against is { } against ? [Arm.Of(world.CalibrationRegimes[against], "against"), Arm.Of(under, "under")] : [Arm.Of(under)];
            return (arms, run.Options with { Model = world.Model, MaxDegreeOfParallelism = threads });
        }).ToList();

    /// <summary>The targets' values from the results of <see cref="Runs"/>, and whether every target is met.</summary>
    public CalibrationOutcome Judge(World world, IReadOnlyList<SimulationResult> results)
    {
        if (results.Count != _runs.Length) throw new InvalidOperationException($"A calibration check needs {_runs.Length} run(s), not {results.Count}.");
        var values = new double[Targets.Count];
        for (var k = 0; k < _runs.Length; k++)
        {
            var run = _runs[k];
            var result = results[k];
            for (var i = 0; i < run.Targets.Length; i++)
            {
                var target = Targets[run.Targets[i]];
                double? value = run.Against is null ? result.Arms[0].Find(run.Metrics[i])?.Mean : result.Comparisons[0].Find(run.Metrics[i])?.Delta;
                values[run.Targets[i]] = value
                    ?? throw new InvalidOperationException($"{target.Location}: model '{world.Model.Info.Name}': target {target.Name}'s metric '{target.Metric}' is not reported for regime '{run.Regime}' (its domain has no such actor or channel).");
            }
        }
        var accepted = true;
        for (var t = 0; t < Targets.Count; t++)
        {
            if (!(Math.Abs(values[t] - Targets[t].Value) <= Targets[t].Tolerance * Math.Abs(Targets[t].Value))) accepted = false;
        }
        return new CalibrationOutcome(values, accepted);
    }

    /// <summary>One calibration run: a regime (paired against another for a target on a change) over a target's period, and the targets it measures.</summary>
    private sealed record Run(string Regime, string? Against, int[] Targets, MetricId[] Metrics, SimulationOptions Options);
}
