#if SIMULATOR_BEFORE
extern alias SimulatorBefore;

using BenchmarkDotNet.Attributes;
using Lovkode.Benchmarks.Infrastructure;
using Lovkode.Runtime;
using Lovkode.Simulation.Scenario;
using Old = SimulatorBefore::Lovkode.Simulation;

namespace Lovkode.Benchmarks.Simulation;

/// <summary>
/// The simulator benchmark's Danish-scale row (1M persons × 52 weeks × the default pair,
/// synthesis included, one replication) through the generic engine of an earlier commit (built
/// by scripts/engine-before.sh, e.g. ae7d349, before issue 19's supervision gate, channel
/// minutes and persons metrics) and through today's, side by side in one BenchmarkDotNet run:
/// the same generated regimes and population model, seed and options. Both engines share
/// today's Lovkode.Runtime, so they read the same model. Built only with -p:SimulatorBefore=PATH.
/// </summary>
[MemoryDiagnoser]
public class SimulatorComparisonBenchmarks
{
    public const int Persons = 1_000_000;
    public const int Weeks = 52;
    private static readonly DateOnly Start = new(2027, 1, 4);

    private Old.Scenario.Arm[] _oldArms = null!;
    private Arm[] _arms = null!;
    private IPopulationModel _model = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (baseline, reform) = LawRegimes.DefaultPair();
        _oldArms = [Old.Scenario.Arm.Of(baseline, "baseline"), Old.Scenario.Arm.Of(reform, "reform")];
        _arms = [Arm.Of(baseline, "baseline"), Arm.Of(reform, "reform")];
        _model = LawRegimes.Model();
    }

    [Benchmark(Baseline = true, Description = "before: simulator of the earlier commit")]
    public double Before()
    {
        var result = Old.Simulator.Run(_oldArms, new Old.Scenario.SimulationOptions
        {
            Model = _model,
            Persons = Persons,
            Replications = 1,
            Weeks = Weeks,
            Start = Start,
            Seed = 2026,
            MaxDegreeOfParallelism = Threads,
        });
        return result.Arms[0].Find(Old.Metrics.MetricCatalogue.CaseworkerHours)?.Mean ?? double.NaN;
    }

    [Benchmark(Description = "after: today's simulator")]
    public double After() => LawRegimes.Simulate(_arms, _model, Persons, Threads);
}
#endif
