#if ENGINE_BEFORE
extern alias EngineBefore;

using BenchmarkDotNet.Attributes;
using Lovkode.Benchmarks.Infrastructure;
using Lovkode.Cli.RuleSets;
using Lovkode.Runtime;
using Lovkode.Simulation.Scenario;
using Old = EngineBefore::Lovkode.Simulation;

namespace Lovkode.Benchmarks.Simulation;

/// <summary>
/// The Danish-scale run (1M persons × 52 weeks × the default pair, synthesis included, one
/// replication) through the engine before issue 12 (built from an earlier commit by
/// scripts/engine-before.sh, the Danish population in its C#) and through today's generic engine
/// with the generated Danmark2023, side by side in one BenchmarkDotNet run: the same regimes,
/// seed and options. Today's engine runs twice: with the model as shipped (the reassessment at
/// the law's week 26) and with the model's reassessment at week 22, as the old engine had it
/// hard-coded, so that both engines do the same work. Built only with -p:EngineBefore=PATH.
/// </summary>
[MemoryDiagnoser]
public class EngineComparisonBenchmarks
{
    public const int Persons = 1_000_000;
    public const int Weeks = 52;
    private static readonly DateOnly Start = new(2027, 1, 4);

    private Old.Scenario.Arm[] _oldArms = null!;
    private Arm[] _arms = null!;
    private IPopulationModel _model = null!;
    private IPopulationModel _modelWeek22 = null!;
    private ModelLoader? _loader;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (oldBaseline, oldReform) = LawRegimes.DefaultPair();
        _oldArms = [Old.Scenario.Arm.Of(oldBaseline, "baseline"), Old.Scenario.Arm.Of(oldReform, "reform")];
        var (baseline, reform) = LawRegimes.DefaultPair();
        _arms = [Arm.Of(baseline, "baseline"), Arm.Of(reform, "reform")];
        _model = LawRegimes.Model();
        _modelWeek22 = ModelWithReassessmentAtWeek22();
    }

    [Benchmark(Baseline = true, Description = "before: engine of the earlier commit")]
    public double Before()
    {
        var result = Old.Simulator.Run(_oldArms, new Old.Scenario.SimulationOptions
        {
            Persons = Persons,
            Replications = 1,
            Weeks = Weeks,
            Start = Start,
            Seed = 2026,
            MaxDegreeOfParallelism = Threads,
        });
        return result.Arms[0].Find(Old.Metrics.MetricCatalogue.CaseworkerHours)?.Mean ?? double.NaN;
    }

    [Benchmark(Description = "after: generic engine, reassessment at week 22 as before")]
    public double AfterSameWork() => After(_modelWeek22);

    [Benchmark(Description = "after: generic engine, Danmark2023 as shipped")]
    public double AfterShipped() => After(_model);

    [GlobalCleanup]
    public void Cleanup() => _loader?.Dispose();

    private double After(IPopulationModel model) => LawRegimes.Simulate(_arms, model, Persons, Threads);

    /// <summary>Danmark2023.rules with <c>at spell week 22</c> for the reassessment, compiled at run time as a user's model that replaces the built-in one.</summary>
    private IPopulationModel ModelWithReassessmentAtWeek22()
    {
        var text = RulesLibrary.Find(RulesFileKind.Model, "Danmark2023")!.Source.Text;
        const string law = "at spell week law SygRevurderingUger";
        if (!text.Contains(law, StringComparison.Ordinal)) throw new InvalidOperationException($"Danmark2023.rules no longer says '{law}'.");
        var set = RuleSet.Compile(UserRules.FromSources([new Lovkode.Spec.Text.SpecSource("Danmark2023-week22.rules", text.Replace(law, "at spell week 22 § \"benchmark\"", StringComparison.Ordinal))]), ["Danmark2023"]);
        if (set.ErrorSummary() is { } error) throw new InvalidOperationException(error);
        _loader = new ModelLoader(set);
        return _loader.Create("Danmark2023");
    }
}
#endif
