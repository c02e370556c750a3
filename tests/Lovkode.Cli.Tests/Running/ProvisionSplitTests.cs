using Lovkode.Cli.Commands;
using Lovkode.Cli.Provisions;
using Lovkode.Cli.Regimes;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Running;
using Lovkode.Cli.Scenarios;
using Lovkode.Reports.Model;
using Lovkode.Reports.Writers;
using Lovkode.Simulation;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Cli.Tests.Running;

/// <summary>
/// A reform's delta split by provision, in process on small populations: the shares add up to
/// the total exactly, the total is the reform's delta in the split's own runs, a coalition's
/// interpreted regime runs exactly as the compiled one, a provision that changes nothing gets
/// nothing, and the split does not depend on the thread count.
/// </summary>
public sealed class ProvisionSplitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lovkode-split-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Scenario Read(string regimes, string provisions, int persons = 2000, int weeks = 26) => ScenarioReader.Read($"""
        name: Split
        regimes:
        {regimes}
        population:
          size: {persons}
        horizon: {"{"} start: 2027-01-04, weeks: {weeks} {"}"}
        replications: 1
        seed: 17
        provisions:
        {provisions}
        """, Path.Combine(_folder, "split.yaml"), _folder);

    private const string DefaultPair = "  baseline: Sygedagpenge2025\n  reforms: [Hovedlov2027]";

    /// <summary>What `lovkode run` does: the rule set, the regimes, the split prepared before the run, then both.</summary>
    private static ResultsDocument Run(Scenario scenario)
    {
        var set = ScenarioRules.Compile(scenario, [], []).ThrowOnErrors();
        using var loader = new RegimeLoader(set);
        var arms = new RegimeResolver(loader).Resolve(scenario);
        using var models = new ModelLoader(set);
        var model = ModelResolver.Resolve(scenario, arms, models);
        var splits = ProvisionSplitter.Prepare(scenario, set, arms, scenario.Provisions);
        return ScenarioRun.Execute(scenario, arms, model, null, splits, null);
    }

    [Fact]
    public void The_provision_attributions_sum_exactly_to_the_total_delta()
    {
        var document = Run(Read(DefaultPair, "  replications: 2\n  permutations: 4"));
        var split = Assert.Single(document.ProvisionSplits!);
        Assert.Equal(("Sygedagpenge2025", "Hovedlov2027", "sampled", 4), (split.Baseline, split.Reform, split.Method, split.Permutations));
        Assert.Equal(24, split.Provisions.Count);
        Assert.Equal(ConsoleTables.Headline.Length, split.Metrics.Count);
        foreach (var metric in split.Metrics)
        {
            var sum = metric.Shares.Sum(s => s.Value);
            Assert.True(Math.Abs(sum - metric.Total) <= 1e-9 * Math.Max(1, Math.Abs(metric.Total)), $"{metric.Metric}: shares sum to {sum:R}, the total is {metric.Total:R}");
            Assert.Equal(metric.Reform - metric.Baseline, metric.Total, 1e-9 * Math.Max(1, Math.Abs(metric.Total)));
            Assert.NotNull(metric.TotalStandardError);
        }
        var hours = split.Metrics.Single(m => m.Metric == "caseworker.hours");
        Assert.True(hours.Total < 0, "the 2027 reform lowers caseworker hours");
        Assert.Contains(split.Provisions, p => p.Id == "Reform2026.supervision.SkaerpetTilsyn" && p.Place == "rules/Reform2026.rules:31:1" && p.Citation.StartsWith("§ Lov nr. 1750/2025", StringComparison.Ordinal));
    }

    [Fact]
    public void The_total_is_the_reform_s_delta_in_a_plain_run_with_the_split_s_seed()
    {
        var scenario = Read(DefaultPair, "  replications: 1\n  permutations: 2");
        var split = Run(scenario).ProvisionSplits!.Single();
        var plain = Run(scenario with { Seed = unchecked((long)ProvisionSplitter.SeedOf(17, 0)), Provisions = ProvisionSettings.Off });
        foreach (var metric in split.Metrics)
        {
            var row = plain.Comparisons[0].Rows.Single(r => r.Metric == metric.Metric && r.Dimension == MetricRow.Total);
            Assert.Equal(row.Baseline!.Mean, metric.Baseline);
            Assert.Equal(row.Reform!.Mean, metric.Reform);
        }
    }

    [Theory]
    [InlineData("  baseline: Sygedagpenge2025\n  reforms: [Hovedlov2027]")]
    [InlineData("  baseline: Sygedagpenge2025\n  reforms:\n    - name: Reform\n      timeline:\n        - regime: Sygedagpenge2025\n        - { from: 2027-03-01, regime: Reform2026 }\n        - { from: 2027-06-07, regime: Hovedlov2027 }")]
    public void Interpreted_coalitions_of_none_and_all_run_exactly_as_the_compiled_regimes(string regimes)
    {
        var scenario = Read(regimes, "  split: true", persons: 1500, weeks: 40);
        var set = ScenarioRules.Compile(scenario, [], []).ThrowOnErrors();
        using var loader = new RegimeLoader(set);
        var arms = new RegimeResolver(loader).Resolve(scenario);
        var plan = ProvisionSplitter.Prepare(scenario, set, arms, scenario.Provisions).Single();
        var coalitions = new CoalitionRegimes(plan.Analysis, plan.Reform);
        var count = plan.Analysis.Provisions.Count;
        var simArms = new List<Arm>
        {
            ToArm(arms.Arms[0]),
            ToArm(arms.Arms[1]),
            coalitions.ArmFor(new bool[count], "none"),
            coalitions.ArmFor(Enumerable.Repeat(true, count).ToArray(), "all"),
        };
        Assert.All(simArms[2].Periods.Concat(simArms[3].Periods).Where(p => p.Regime.Info.Name != "Sygedagpenge2025"), p => Assert.IsType<InterpretedRegime>(p.Regime));
        using var models = new ModelLoader(set);
        var options = SimulationSetup.Options(scenario, ModelResolver.Resolve(scenario, arms, models)) with { Replications = 1, StopRule = null, Seed = 3, ByArea = false };
        var result = Simulator.Run(simArms, options);
        foreach (var info in result.Metrics)
        {
            Assert.Equal(result.Arms[0].Find(info.Name)!.Mean, result.Arms[2].Find(info.Name)!.Mean);
            Assert.Equal(result.Arms[1].Find(info.Name)!.Mean, result.Arms[3].Find(info.Name)!.Mean);
        }
    }

    [Fact]
    public void A_user_reform_of_two_provisions_is_split_exactly_and_a_provision_that_changes_nothing_gets_nothing()
    {
        File.WriteAllText(Path.Combine(_folder, "ToSamtaler.rules"), """
            regime ToSamtaler extends Hovedlov2027 "To jobsamtaler (test)"
              effective 2027-01-01
              assumed "Test"

            override parameter JobsamtalerAntal
              = 2                      assumed "Test: two interviews"
            remove requirement Joblog  assumed "Test: no joblog"
            """);
        var document = Run(Read("  baseline: Hovedlov2027\n  reforms: [ToSamtaler.rules]", "  split: true"));
        var split = Assert.Single(document.ProvisionSplits!);
        Assert.Equal(("exact", 0), (split.Method, split.Permutations));
        Assert.Equal(["ToSamtaler.parameter.JobsamtalerAntal", "ToSamtaler.requirement.Joblog"], split.Provisions.Select(p => p.Id));
        Assert.EndsWith("ToSamtaler.rules:5:1", split.Provisions[0].Place);
        Assert.Equal("assumed: Test: two interviews", split.Provisions[0].Citation);
        // 2^2 coalitions in the one replication: none and all are the baseline and the reform.
        Assert.Equal(4, split.Runs);
        Assert.Equal("none: every coalition was run, in one replication", split.ErrorSource);
        var interviews = split.Metrics.Single(m => m.Metric == "interviews");
        // A joblog is a task, not an interview: removing it never changes the interviews (a dummy player).
        Assert.Equal(0, interviews.Shares[1].Value);
        Assert.Equal(interviews.Total, interviews.Shares[0].Value);
        Assert.True(interviews.Total < 0);
        var citizenHours = split.Metrics.Single(m => m.Metric == "citizen.hours");
        Assert.True(citizenHours.Shares[1].Value < 0, "no weekly joblog saves the citizens time");
    }

    [Fact]
    public void A_filter_splits_among_the_named_provisions_and_the_rest()
    {
        var document = Run(Read(DefaultPair, "  only: [regroup, SkaerpetTilsyn]"));
        var split = document.ProvisionSplits!.Single();
        Assert.Equal(["Reform2026.supervision.SkaerpetTilsyn", "Hovedlov2027.regroup", "rest"], split.Provisions.Select(p => p.Id));
        Assert.Equal("exact", split.Method);
        Assert.Equal(22, split.Provisions[2].Also.Count);
        var hours = split.Metrics.Single(m => m.Metric == "caseworker.hours");
        Assert.Equal(hours.Total, hours.Shares.Sum(s => s.Value), 1e-9 * Math.Abs(hours.Total));
    }

    [Fact]
    public void The_same_seed_gives_the_same_split_at_any_thread_count()
    {
        var scenario = Read(DefaultPair, "  replications: 2\n  permutations: 2", persons: 1200, weeks: 13);
        string Json(int threads)
        {
            var split = Run(scenario with { Threads = threads }).ProvisionSplits!.Single() with { Seconds = 0 };
            return ResultsJson.Serialize(new ResultsDocument(ResultsDocument.CurrentFormat, null!, [], [], [], null!) { ProvisionSplits = [split] });
        }
        Assert.Equal(Json(1), Json(2));
    }

    [Theory]
    [InlineData("  only: [Nope]", "provisions.only[0]: no provision 'Nope' in Hovedlov2027")]
    [InlineData("  only: [quota.TilbudTaetPaa]", "provision 'quota.TilbudTaetPaa' is ambiguous in Hovedlov2027: it could be Reform2026.quota.TilbudTaetPaa or Hovedlov2027.quota.TilbudTaetPaa")]
    [InlineData("  only: [regroup, Hovedlov2027.regroup]", "provision 'Hovedlov2027.regroup' is named twice")]
    public void A_bad_provision_name_is_one_located_error_before_anything_runs(string provisions, string expected)
    {
        var scenario = Read(DefaultPair, provisions);
        var set = ScenarioRules.Compile(scenario, [], []).ThrowOnErrors();
        using var loader = new RegimeLoader(set);
        var arms = new RegimeResolver(loader).Resolve(scenario);
        var e = Assert.Throws<ScenarioException>(() => ProvisionSplitter.Prepare(scenario, set, arms, scenario.Provisions));
        Assert.Contains(expected, e.Message);
        Assert.StartsWith(Path.Combine(_folder, "split.yaml") + ":", e.Message);
    }

    [Fact]
    public void A_reform_that_does_not_extend_the_baseline_cannot_be_split()
    {
        var scenario = Read("  baseline: Hovedlov2027\n  reforms: [Lab2019]", "  split: true");
        var set = ScenarioRules.Compile(scenario, [], []).ThrowOnErrors();
        using var loader = new RegimeLoader(set);
        var arms = new RegimeResolver(loader).Resolve(scenario);
        var e = Assert.Throws<ScenarioException>(() => ProvisionSplitter.Prepare(scenario, set, arms, scenario.Provisions));
        Assert.Contains("cannot split Lab2019 by provision: Lab2019 does not extend Hovedlov2027", e.Message);
    }

    private static Arm ToArm(ResolvedArm arm) => new(arm.Name, arm.Periods.Select(p => new RegimePeriod(p.From ?? DateOnly.MinValue, p.Regime)).ToList());
}
