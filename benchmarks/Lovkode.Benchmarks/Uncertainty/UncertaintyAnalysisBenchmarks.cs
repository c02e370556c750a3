using BenchmarkDotNet.Attributes;
using Lovkode.Benchmarks.Infrastructure;
using Lovkode.Simulation.Analysis;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Benchmarks.Uncertainty;

/// <summary>
/// The goal of issue 13: a 200-sample analysis of the default scenario (Sygedagpenge2025 against
/// Hovedlov2027 with the Danish model, 52 weeks from 2027-01-04, seed 2026) at 100,000 persons a
/// world (2 replications × 50,000, the same persons in every world) on 2 threads, as
/// <c>lovkode run --population 100000 --uncertainty 200</c> runs it: every assumption of the run
/// varying, the one-way ends (the tornado) and the calibration check of every world included,
/// within 60 s. A dry run takes 2,000 persons and 10 samples.
/// </summary>
[MemoryDiagnoser]
public class UncertaintyAnalysisBenchmarks
{
    private Arm[] _arms = null!;
    private SimulationOptions _options = null!;

    /// <summary>Persons a world simulates (split over its 2 replications).</summary>
    [ParamsSource(nameof(PersonCounts))]
    public int Persons { get; set; }

    [ParamsSource(nameof(SampleCounts))]
    public int Samples { get; set; }

    [Params(2)]
    public int Threads { get; set; }

    public static IEnumerable<int> PersonCounts => SuiteOptions.DryRun ? [2_000] : [100_000];

    public static IEnumerable<int> SampleCounts => SuiteOptions.DryRun ? [10] : [200];

    /// <summary>The CLI's headline metrics (ConsoleTables.Headline).</summary>
    public static IReadOnlyList<MetricId> Headline { get; } =
    [
        MetricCatalogue.Interviews, MetricCatalogue.CaseworkerHours, MetricCatalogue.CaseworkerDkk, MetricCatalogue.CaseworkerFte,
        MetricCatalogue.Offers, MetricCatalogue.CitizenHours, MetricCatalogue.EventsPerCaseYear,
    ];

    [GlobalSetup]
    public void Setup()
    {
        _arms = LawRegimes.DefaultArms();
        _options = LawRegimes.DefaultOptions(Persons / 2, Threads);
    }

    [Benchmark(Description = "uncertainty analysis (LHS, one-way, calibration)")]
    public int Analyse()
    {
        var result = UncertaintyAnalysis.Run(_arms, _options, new UncertaintyOptions { Samples = Samples, Seed = 2026, Metrics = Headline }, Lovkode.Law.Regimes.TryCreate);
        return result.Calibration?.Accepted ?? result.Worlds;
    }

    [GlobalCleanup]
    public void RecordPeak() => PeakWorkingSetColumn.Record(typeof(UncertaintyAnalysisBenchmarks), (nameof(Persons), Persons), (nameof(Samples), Samples), (nameof(Threads), Threads));
}
