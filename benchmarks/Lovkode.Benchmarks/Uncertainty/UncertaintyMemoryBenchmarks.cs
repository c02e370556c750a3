using BenchmarkDotNet.Attributes;
using Lovkode.Benchmarks.Infrastructure;
using Lovkode.Simulation.Analysis;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Benchmarks.Uncertainty;

/// <summary>
/// Memory against the number of samples: the default scenario at 2,000 persons a world, 100 to
/// 1,600 samples, no one-way ends. A world's run is streamed and dropped; only its summary row
/// (the values of the 76 assumptions, the 28 outcomes and their replications, the calibration)
/// stays, so the peak working set may grow only by those rows (about 1 KB each). A dry run takes
/// 10 samples.
/// </summary>
[MemoryDiagnoser]
public class UncertaintyMemoryBenchmarks
{
    private Arm[] _arms = null!;
    private SimulationOptions _options = null!;

    [ParamsSource(nameof(SampleCounts))]
    public int Samples { get; set; }

    public static IEnumerable<int> SampleCounts => SuiteOptions.DryRun ? [10] : [100, 400, 1600];

    [GlobalSetup]
    public void Setup()
    {
        _arms = LawRegimes.DefaultArms();
        _options = LawRegimes.DefaultOptions(1_000, 2);
    }

    [Benchmark(Description = "uncertainty analysis, 2,000 persons a world, no one-way")]
    public int Analyse() =>
        UncertaintyAnalysis.Run(_arms, _options, new UncertaintyOptions { Samples = Samples, Seed = 2026, OneWay = false, Metrics = UncertaintyAnalysisBenchmarks.Headline }, Lovkode.Law.Regimes.TryCreate).Worlds;

    [GlobalCleanup]
    public void RecordPeak() => PeakWorkingSetColumn.Record(typeof(UncertaintyMemoryBenchmarks), (nameof(Samples), Samples));
}
