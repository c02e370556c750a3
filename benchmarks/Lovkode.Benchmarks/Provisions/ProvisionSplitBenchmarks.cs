using BenchmarkDotNet.Attributes;
using Lovkode.Cli.Provisions;
using Lovkode.Cli.Regimes;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Running;
using Lovkode.Benchmarks.Infrastructure;
using Lovkode.Cli.Scenarios;

namespace Lovkode.Benchmarks.Provisions;

/// <summary>
/// Issue 13's goal: the split by provision of Reform2026 (all its 14 provisions, against the law
/// it amends, Sygedagpenge2025) at 100,000 persons in at most 30 s on 2 cores; and of the default
/// scenario's reform (Hovedlov2027 against Sygedagpenge2025: the 24 provisions of both phases). As
/// <c>lovkode run --by-provision</c> makes it with its defaults (16 paired orderings, one
/// replication, 52 weeks from 2027-01-04): the provisions read from the law, every coalition
/// bound and run beside the compiled baseline and reform, the Shapley values of every headline
/// metric. The plain comparison before it is not timed. A dry job (the CI smoke run) splits
/// 2,000 persons instead (<see cref="SuiteOptions.DryRun"/>).
/// </summary>
[MemoryDiagnoser]
public class ProvisionSplitBenchmarks
{
    private Scenario _scenario = null!;
    private RuleSet _set = null!;
    private RegimeLoader _loader = null!;
    private ResolvedArms _arms = null!;
    private ModelLoader _models = null!;
    private ScenarioModel _model = null!;

    [Params("Reform2026", "Hovedlov2027")]
    public string Reform { get; set; } = "";

    [Params(100_000)]
    public int Persons { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _scenario = ScenarioReader.Read($"""
            name: Split of {Reform}
            regimes:
              baseline: Sygedagpenge2025
              reforms: [{Reform}]
            population:
              size: {(SuiteOptions.DryRun ? 2_000 : Persons)}
            horizon:
              start: 2027-01-04
              weeks: 52
            replications: 1
            seed: 2026
            provisions: true
            """, "benchmark.yaml", Directory.GetCurrentDirectory());
        _set = ScenarioRules.Compile(_scenario, [], []);
        _loader = new RegimeLoader(_set);
        _arms = new RegimeResolver(_loader).Resolve(_scenario);
        _models = new ModelLoader(_set);
        _model = ModelResolver.Resolve(_scenario, _arms, _models);
    }

    [Benchmark(Description = "split by provision, 100k persons")]
    public double Split()
    {
        var plans = ProvisionSplitter.Prepare(_scenario, _set, _arms, _scenario.Provisions);
        var split = ProvisionSplitter.Run(plans, SimulationSetup.Options(_scenario, _model), _scenario.Provisions, null).Single();
        return split.Metrics.Single(m => m.Metric == "caseworker.hours").Total;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _models.Dispose();
        _loader.Dispose();
    }
}
