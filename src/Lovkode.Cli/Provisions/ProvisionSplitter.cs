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

    /// <summary>Runs the coalitions and attributes every headline metric; <paramref name="options"/> are the run's, from which the split takes the model and horizon.</summary>
    public static IReadOnlyList<Reports.Model.ProvisionSplit> Run(
        IReadOnlyList<SplitPlan> plans, SimulationOptions options, ProvisionSettings settings, Action<double>? progress)
    {
        if (plans.Count == 0) return [];
        var clock = Stopwatch.StartNew();
        var persons = settings.Population ?? options.Persons;
        var baselineArm = ToArm(plans[0].Baseline);
        var outcomes = plans.Select(_ => new List<Replicate>()).ToList();
        var runs = plans.Select(_ => 0).ToArray();
        var metrics = ConsoleTables.Headline;
        IReadOnlyList<Simulation.Results.MetricInfo> infos = [];
        // Bound once and kept: a coalition met again in a later replication is not bound again.
        var versions = plans.Select(p => new CoalitionRegimes(p.Analysis, p.Reform)).ToList();

        for (var r = 0; r < settings.Replications; r++)
        {
            var seed = SeedOf(options.Seed, r);
            var arms = new List<Arm> { baselineArm };
            var layouts = new List<(ShapleyPlan Plan, Dictionary<Coalition, Arm> ArmOf)>();
            for (var k = 0; k < plans.Count; k++)
            {
                var plan = plans[k];
                var reformArm = ToArm(plan.Reform);
                var coalitions = versions[k];
                var shapley = ShapleyPlan.Create(plan.Players.Count, new ShapleyOptions(ProvisionSettings.ExactLimit, settings.Permutations, seed));
                var none = coalitions.Key(new bool[plan.Analysis.Provisions.Count]);
                var all = coalitions.Key(Enumerable.Repeat(true, plan.Analysis.Provisions.Count).ToArray());
                var armOf = new Dictionary<Coalition, Arm>();
                foreach (var c in shapley.Coalitions)
                {
                    var provisions = plan.Players.Provisions(c, plan.Analysis.Provisions.Count);
                    var key = coalitions.Key(provisions);
                    armOf[c] = key == none ? baselineArm
                        : key == all ? reformArm
                        : coalitions.ArmFor(provisions, $"{plan.Reform.Name} · coalition {coalitions.Count + 1}");
                }
                foreach (var arm in armOf.Values.Distinct()) if (!arms.Contains(arm)) arms.Add(arm);
                runs[k] += armOf.Values.Distinct().Count();
                layouts.Add((shapley, armOf));
            }

            // At most MaxArmsPerRun arms per engine run, each run with the baseline first (the
            // engine's reference arm): the accumulators are per arm, so this bounds memory, and an
            // arm's results do not depend on the arms beside it (common random numbers).
            var batches = arms.Skip(1).Chunk(MaxArmsPerRun - 1).Select(b => b.Prepend(baselineArm).ToList()).DefaultIfEmpty([baselineArm]).ToList();
            var results = new Dictionary<Arm, Simulation.Results.ArmResult>();
            for (var b = 0; b < batches.Count; b++)
            {
                var reporter = progress is null ? null : new Progress((r * batches.Count) + b, settings.Replications * batches.Count, progress);
                var result = Simulator.Run(batches[b], options with
                {
                    Persons = persons,
                    Seed = seed,
                    Replications = 1,
                    StopRule = null,
                    ByArea = false,
                }, reporter);
                infos = result.Metrics;
                for (var i = 0; i < batches[b].Count; i++) results[batches[b][i]] = result.Arms[i];
            }
            for (var k = 0; k < plans.Count; k++)
            {
                var (shapley, armOf) = layouts[k];
                var replicate = new Replicate();
                foreach (var metric in metrics)
                {
                    if (results[baselineArm].Find(metric) is null) continue;
                    double Value(Coalition c) => results[armOf[c]].Find(metric)!.Mean;
                    replicate.Attributions[metric] = shapley.Attribute(Value);
                }
                outcomes[k].Add(replicate);
            }
        }

        return plans.Select((plan, k) => ProvisionDocument.Split(plan, outcomes[k].Select(o => o.Attributions).ToList(), infos, settings, persons, options.Seed, runs[k], clock.Elapsed.TotalSeconds)).ToList();
    }

    /// <summary>The most arms one engine run of the split holds (the baseline among them).</summary>
    internal const int MaxArmsPerRun = 32;

    /// <summary>Replication <paramref name="replication"/>'s seed: its persons and its orderings (a pure function of the run's seed).</summary>
    internal static ulong SeedOf(ulong seed, int replication) => new UniformStream(seed, SplitStream, (ulong)replication).NextBits();

    /// <summary>The purpose word of the split's seeds in <see cref="UniformStream"/>.</summary>
    private const ulong SplitStream = 0x50524F56; // "PROV"

    private static Arm ToArm(ResolvedArm arm) =>
        new(arm.Name, arm.Periods.Select(p => new RegimePeriod(p.From ?? DateOnly.MinValue, p.Regime)).ToList());

    private sealed class Replicate
    {
        public Dictionary<MetricId, ShapleyAttribution> Attributions { get; } = [];
    }

    /// <summary>The engine's progress within one of the split's engine runs, as a fraction of the whole split.</summary>
    private sealed class Progress(int run, int runs, Action<double> report) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) => report((run + Math.Clamp(value.Fraction, 0, 1)) / runs);
    }
}
