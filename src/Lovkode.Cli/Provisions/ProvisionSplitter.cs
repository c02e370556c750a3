using System.Diagnostics;
using Lovkode.Cli.Regimes;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Scenarios;
using Lovkode.Simulation;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Scenario;
using Lovkode.Spec.Provisions;
using Lovkode.Uncertainty.Analysis;
using Lovkode.Uncertainty.Randomness;

namespace Lovkode.Cli.Provisions;

/// <summary>One reform arm made ready to split: its provisions (from the compiler) and the players.</summary>
internal sealed record SplitPlan(ResolvedArm Baseline, ResolvedArm Reform, ReformProvisions Analysis, ProvisionPlayers Players);

/// <summary>
/// Splits each reform's delta by provision with Shapley values (Lovkode.Uncertainty's
/// <see cref="ShapleyPlan"/>): exact over every coalition up to <see cref="ProvisionSettings.ExactLimit"/>
/// players, paired random orderings above. A coalition is simulated as the reform arm with only
/// its provisions (<see cref="CoalitionRegimes"/>), beside the baseline and the whole reform, all
/// in one run of the engine: the same persons and the same draws in every arm (common random
/// numbers), so differences between coalitions are the provisions', not noise. Each replication
/// has its own seed (persons and orderings); the shares are averaged over them, and add up to the
/// total delta in every replication, so on average too.
/// </summary>
internal static class ProvisionSplitter
{
    /// <summary>Finds the provisions and players of every reform arm before anything runs, so bad input fails first.</summary>
    public static IReadOnlyList<SplitPlan> Prepare(Scenario scenario, RuleSet set, ResolvedArms arms, ProvisionSettings settings)
    {
        if (!settings.Enabled) return [];
        var baseline = arms.Arms[0];
        if (baseline.Periods.Count != 1)
        {
            throw new ScenarioException(scenario.Baseline.Place, "a split by provision needs a baseline of one regime (the provisions are the statements between it and the reform); this baseline is a timeline");
        }
        var baselineName = baseline.Periods[0].Regime.Info.Name;
        var sources = set.Sources;
        var plans = new List<SplitPlan>();
        foreach (var reform in arms.Arms.Skip(1))
        {
            var regimes = reform.Periods.Select(p => p.Regime.Info.Name).Distinct(StringComparer.Ordinal).ToList();
            var analysis = ReformProvisions.Analyze(sources, baselineName, regimes);
            if (analysis.Problem is { } problem)
            {
                var place = scenario.Reforms.FirstOrDefault(r => r.Name == reform.Name)?.Place;
                var message = $"cannot split {reform.Name} by provision: {problem}";
                throw place is null ? new CliException(message) : new ScenarioException(place, message);
            }
            plans.Add(new SplitPlan(baseline, reform, analysis, ProvisionPlayers.For(analysis, settings.Only, reform.Name)));
        }
        return plans;
    }

    /// <summary>
    /// Runs the coalitions and attributes every headline metric; <paramref name="options"/> are the
    /// run's, from which the split takes the model and horizon. With <paramref name="simulate"/> (a
    /// cluster) every engine run of the split is asked for at once and they are read in order;
    /// without, they run here one after the other. Either way each is an ordinary run of the same
    /// arms and options, so the split is the same.
    /// </summary>
    public static IReadOnlyList<Reports.Model.ProvisionSplit> Run(
        IReadOnlyList<SplitPlan> plans, SimulationOptions options, ProvisionSettings settings, Action<double>? progress, SimulateBatch? simulate = null)
    {
        if (plans.Count == 0) return [];
        var clock = Stopwatch.StartNew();
        var schedule = SplitSchedule.Make(plans, options, settings);
        var metrics = ConsoleTables.Headline;
        var all = schedule.Replications.SelectMany((rep, r) => rep.Batches.Select((arms, b) => (r, b, arms))).ToList();
        var shares = progress is null ? null : new SplitProgress(all.Count, progress);
        var runs = all.Select((run, i) => simulate is null
                ? Task.FromResult(Simulator.Run(run.arms, schedule.Options(run.r), shares?.Of(i)))
                : simulate(run.r, run.b, run.arms, schedule.Options(run.r), shares?.Of(i), CancellationToken.None))
            .ToList();
        var finished = Task.WhenAll(runs).GetAwaiter().GetResult();

        var outcomes = plans.Select(_ => new List<Replicate>()).ToList();
        IReadOnlyList<Simulation.Results.MetricInfo> infos = [];
        var next = 0;
        foreach (var replication in schedule.Replications)
        {
            var results = new Dictionary<Arm, Simulation.Results.ArmResult>();
            foreach (var batch in replication.Batches)
            {
                var result = finished[next++];
                infos = result.Metrics;
                for (var i = 0; i < batch.Count; i++) results[batch[i]] = result.Arms[i];
            }
            for (var k = 0; k < plans.Count; k++)
            {
                var (shapley, armOf) = replication.Layouts[k];
                var replicate = new Replicate();
                foreach (var metric in metrics)
                {
                    if (results[schedule.Baseline].Find(metric) is null) continue;
                    double Value(Coalition c) => results[armOf[c]].Find(metric)!.Mean;
                    replicate.Attributions[metric] = shapley.Attribute(Value);
                }
                outcomes[k].Add(replicate);
            }
        }

        return plans.Select((plan, k) => ProvisionDocument.Split(plan, outcomes[k].Select(o => o.Attributions).ToList(), infos, settings, schedule.Persons, options.Seed, schedule.Runs[k], clock.Elapsed.TotalSeconds)).ToList();
    }

    /// <summary>What runs batch <paramref name="batch"/> of replication <paramref name="replication"/> of the split when not this process (a cluster's workers): the same arms and options, the same result.</summary>
    public delegate Task<Simulation.Results.SimulationResult> SimulateBatch(int replication, int batch, IReadOnlyList<Arm> arms, SimulationOptions options, IProgress<SimulationProgress>? progress, CancellationToken cancellationToken);

    /// <summary>The most arms one engine run of the split holds (the baseline among them).</summary>
    internal const int MaxArmsPerRun = 32;

    /// <summary>Replication <paramref name="replication"/>'s seed: its persons and its orderings (a pure function of the run's seed).</summary>
    internal static ulong SeedOf(ulong seed, int replication) => new UniformStream(seed, SplitStream, (ulong)replication).NextBits();

    /// <summary>The purpose word of the split's seeds in <see cref="UniformStream"/>.</summary>
    private const ulong SplitStream = 0x50524F56; // "PROV"

    private sealed class Replicate
    {
        public Dictionary<MetricId, ShapleyAttribution> Attributions { get; } = [];
    }

    /// <summary>The engine's progress in each of the split's engine runs (one after another here, side by side on a cluster), as a fraction of the whole split.</summary>
    private sealed class SplitProgress(int runs, Action<double> report)
    {
        private readonly double[] _fractions = new double[runs];
        private double _sum;
        private double _best;

        public IProgress<SimulationProgress> Of(int run) => new One(this, run);

        private void Set(int run, double fraction)
        {
            double total;
            lock (_fractions)
            {
                if (fraction <= _fractions[run]) return;
                _sum += fraction - _fractions[run];
                _fractions[run] = fraction;
                total = _sum / _fractions.Length;
                if (total <= _best) return;
                _best = total;
            }
            report(total);
        }

        private sealed class One(SplitProgress owner, int run) : IProgress<SimulationProgress>
        {
            public void Report(SimulationProgress value) => owner.Set(run, Math.Clamp(value.Fraction, 0, 1));
        }
    }
}
