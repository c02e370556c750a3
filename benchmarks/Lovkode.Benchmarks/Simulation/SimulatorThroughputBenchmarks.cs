using BenchmarkDotNet.Attributes;
using Lovkode.Benchmarks.Infrastructure;
using Lovkode.Runtime;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Benchmarks.Simulation;

/// <summary>
/// One replication of the default scenario's two regimes over 52 weeks, population synthesis
/// included, for 10k to 1M persons on 1 and 2 threads. The person-weeks column is
/// persons × 52 ÷ time (each person-week is evaluated under both regimes); the peak column
/// is the benchmark process's high-water mark. Danish scale is the 1M row.
/// </summary>
[MemoryDiagnoser]
public class SimulatorThroughputBenchmarks
{
    public const int Weeks = 52;

    private Arm[] _arms = null!;
    private IPopulationModel _model = null!;

    [Params(10_000, 100_000, 1_000_000)]
    public int Persons { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (baseline, reform) = LawRegimes.DefaultPair();
        _arms = [Arm.Of(baseline, "baseline"), Arm.Of(reform, "reform")];
        _model = LawRegimes.Model();
    }

    [Benchmark(Description = "simulate 52 weeks x 2 regimes")]
    public double Simulate() => LawRegimes.Simulate(_arms, _model, Persons, Threads);

    [GlobalCleanup]
    public void RecordPeak() => PeakWorkingSetColumn.Record(typeof(SimulatorThroughputBenchmarks), (nameof(Persons), Persons), (nameof(Threads), Threads));
}
