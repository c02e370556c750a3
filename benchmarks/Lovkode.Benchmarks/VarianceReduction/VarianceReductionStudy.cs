using System.Diagnostics;
using System.Globalization;
using Lovkode.Benchmarks.Infrastructure;
using Lovkode.Simulation;
using Lovkode.Simulation.Results;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Benchmarks.VarianceReduction;

/// <summary>
/// How much common random numbers narrow the paired comparison. With them, both arms run in one
/// simulation: same persons, same draws, and the simulator reports the standard error of the
/// paired delta. Without them, the smallest honest change through the public options: each arm
/// runs alone with its own seed, so the two arms share nothing and the delta's variance is the
/// sum of the arms' variances. The ratio is Var(delta without) ÷ Var(delta with); both are
/// per replication (R × SE²), over the same number of replications.
/// Both variances are estimates from R replications, so the ratio has a sampling error of its
/// own: with 20 replications a measured 10× could be anything from about 4× to 25×. The study
/// therefore runs 60 and reports an approximate 95% interval for the ratio (see <see cref="Row"/>).
/// </summary>
public sealed class VarianceReductionStudy
{
    /// <summary>The default scenario's stop metric first; the direct costs and supervision show where the DKK total's variance comes from.</summary>
    public static readonly string[] Metrics = ["caseworker.hours", "interviews", "offers", "direct.dkk", "supervision.municipality.years", "total.dkk"];

    private VarianceReductionStudy(string regimes, int persons, int replications, IReadOnlyList<Row> rows, TimeSpan elapsed)
    {
        Regimes = regimes;
        Persons = persons;
        Replications = replications;
        Rows = rows;
        Elapsed = elapsed;
    }

    public string Regimes { get; }

    public int Persons { get; }

    public int Replications { get; }

    public IReadOnlyList<Row> Rows { get; }

    public TimeSpan Elapsed { get; }

    /// <summary>The default scenario: 200,000 persons, 52 weeks from 2027-01-04, seed 2026; 60 replications (5,000 persons and 3 in a dry run).</summary>
    public static VarianceReductionStudy Run(bool dry, TextWriter log)
    {
        var persons = dry ? 5_000 : 200_000;
        var replications = dry ? 3 : 60;
        var clock = Stopwatch.StartNew();
        var (baseline, reform) = LawRegimes.DefaultPair();
        SimulationOptions Options(ulong seed) => new()
        {
            Persons = persons,
            Replications = replications,
            Weeks = 52,
            Start = new DateOnly(2027, 1, 4),
            Seed = seed,
            ByMunicipality = false,
        };

        log.WriteLine($"variance reduction: {LawRegimes.Description}; {persons:N0} persons, {replications} replications");
        var paired = Simulator.Run([Arm.Of(baseline, "baseline"), Arm.Of(reform, "reform")], Options(2026));
        var baselineAlone = Simulator.Run([Arm.Of(baseline, "baseline")], Options(2026));
        var reformAlone = Simulator.Run([Arm.Of(reform, "reform")], Options(2026 + 1_000_003));

        var rows = new List<Row>();
        foreach (var metric in Metrics)
        {
            var delta = paired.Comparisons[0].Find(metric) ?? throw new InvalidOperationException($"no paired delta for {metric}");
            var x = Total(baselineAlone, metric);
            var y = Total(reformAlone, metric);
            var with = replications * delta.StandardError * delta.StandardError;
            var without = replications * ((x.StandardError * x.StandardError) + (y.StandardError * y.StandardError));
            var baselineVariance = replications * x.StandardError * x.StandardError;
            var reformVariance = replications * y.StandardError * y.StandardError;
            rows.Add(new Row(metric, delta.Delta, y.Mean - x.Mean, with, without, replications - 1, Satterthwaite(baselineVariance, reformVariance, replications - 1)));
        }
        var study = new VarianceReductionStudy(LawRegimes.Description, persons, replications, rows, clock.Elapsed);
        foreach (var row in rows)
        {
            log.WriteLine($"  {row.Metric}: Var(delta) with CRN {row.VarianceWith:G4}, without {row.VarianceWithout:G4}, ratio {Format(row.Ratio)} {Interval(row)}");
        }
        return study;
    }

    /// <summary>Degrees of freedom of a sum of two variance estimates, each on <paramref name="df"/> (Welch–Satterthwaite).</summary>
    private static double Satterthwaite(double a, double b, int df)
    {
        var denominator = ((a * a) + (b * b)) / df;
        return denominator == 0 ? df : (a + b) * (a + b) / denominator;
    }

    private static Estimate Total(SimulationResult result, string metric) =>
        result.Arms[0].Find(metric) ?? throw new InvalidOperationException($"no estimate for {metric}");

    public void WriteMarkdown(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var lines = new List<string>
        {
            $"Regimes: {Regimes}. {Persons:N0} persons, 52 weeks, {Replications} replications; {Elapsed.TotalSeconds:F1} s.",
            "",
            "| Metric | Mean delta, CRN | Mean delta, independent | Var(delta) with CRN | Var(delta) without | Ratio | 95% interval |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        };
        lines.AddRange(Rows.Select(r =>
            $"| {r.Metric} | {r.DeltaWith.ToString("G4", CultureInfo.InvariantCulture)} | {r.DeltaWithout.ToString("G4", CultureInfo.InvariantCulture)} | " +
            $"{r.VarianceWith.ToString("G4", CultureInfo.InvariantCulture)} | {r.VarianceWithout.ToString("G4", CultureInfo.InvariantCulture)} | {Format(r.Ratio)} | {Interval(r)} |"));
        File.WriteAllLines(path, lines);
    }

    private static string Format(double ratio) =>
        double.IsPositiveInfinity(ratio) ? "∞ (the paired delta has no variance)" : ratio.ToString("N1", CultureInfo.InvariantCulture) + "×";

    private static string Interval(Row row)
    {
        if (!double.IsFinite(row.Ratio) || row.VarianceWithout == 0) return "–";
        var (low, high) = row.RatioInterval;
        return $"[{low.ToString("N1", CultureInfo.InvariantCulture)}×, {high.ToString("N1", CultureInfo.InvariantCulture)}×]";
    }

    /// <summary>
    /// One metric: the mean deltas of both designs, the per-replication variance of each and the
    /// degrees of freedom behind each variance (R − 1 for the paired delta; Welch–Satterthwaite for
    /// the sum of the two independent arms' variances).
    /// </summary>
    public sealed record Row(string Metric, double DeltaWith, double DeltaWithout, double VarianceWith, double VarianceWithout, double DegreesWith, double DegreesWithout)
    {
        public double Ratio => VarianceWith == 0 ? (VarianceWithout == 0 ? 1 : double.PositiveInfinity) : VarianceWithout / VarianceWith;

        /// <summary>
        /// An approximate 95% interval for the ratio: a variance estimate on ν degrees of freedom
        /// has a log with standard error about √(2/ν), so the log of the ratio has √(2/ν₁ + 2/ν₂).
        /// Normal-theory, like the F interval it approximates; enough to say whether 10× is met.
        /// </summary>
        public (double Low, double High) RatioInterval
        {
            get
            {
                var spread = 1.959964 * Math.Sqrt((2 / DegreesWith) + (2 / DegreesWithout));
                return (Ratio * Math.Exp(-spread), Ratio * Math.Exp(spread));
            }
        }
    }
}
