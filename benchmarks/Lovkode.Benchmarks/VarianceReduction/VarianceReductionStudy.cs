using System.Diagnostics;
using System.Globalization;
using Lovkode.Benchmarks.Infrastructure;
using Lovkode.Simulation;
using Lovkode.Simulation.Metrics;
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
/// therefore runs 200 and reports an approximate 95% interval for the ratio (see <see cref="Row"/>).
/// It also measures how far sharing could go at all: a fourth simulation re-draws only the
/// reform's own decisions, the one thing the arms do not share, which bounds the ratio any
/// sharing of random numbers could reach (<see cref="Row.SharingCeiling"/>).
/// </summary>
public sealed partial class VarianceReductionStudy
{
    /// <summary>The default scenario's stop metric first; the direct costs and supervision show where the DKK total's variance comes from.</summary>
    public static readonly MetricId[] Metrics = [MetricCatalogue.CaseworkerHours, MetricCatalogue.Interviews, MetricCatalogue.Offers, MetricCatalogue.DirectDkk, MetricCatalogue.SupervisionYears, MetricCatalogue.TotalDkk];

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

    /// <summary>The default scenario: 200,000 persons, 52 weeks from 2027-01-04, seed 2026; 200 replications unless given (5,000 persons and 3 in a dry run).</summary>
    public static VarianceReductionStudy Run(bool dry, int? replicationsWanted, TextWriter log)
    {
        var persons = dry ? 5_000 : 200_000;
        var replications = replicationsWanted ?? (dry ? 3 : 200);
        var clock = Stopwatch.StartNew();
        var (baseline, reform) = LawRegimes.DefaultPair();
        var model = LawRegimes.Model();
        SimulationOptions Options(ulong seed) => new()
        {
            Model = model,
            Persons = persons,
            Replications = replications,
            Weeks = 52,
            Start = new DateOnly(2027, 1, 4),
            Seed = seed,
            ByArea = false,
        };

        log.WriteLine($"variance reduction: {LawRegimes.Description}; {persons:N0} persons, {replications} replications");
        var paired = Simulator.Run([Arm.Of(baseline, "baseline"), Arm.Of(reform, "reform")], Options(2026));
        var baselineAlone = Simulator.Run([Arm.Of(baseline, "baseline")], Options(2026));
        var reformAlone = Simulator.Run([Arm.Of(reform, "reform")], Options(2026 + 1_000_003));
        // The reform against itself with its own decisions (quota skips, closed-programme
        // admissions) re-drawn and every other draw common: Var(this delta) = 2 E[Var(X | common)],
        // twice the part of the paired variance those decisions add.
        var ownDecisions = Simulator.Run([Arm.Of(reform, "reform"), Arm.Of(reform, "reform, own decisions re-drawn") with { OwnDecisionSeed = 0x5EED_2026UL }], Options(2026));

        // A standard error over R replications, back to the variance of one replication.
        double PerReplication(double standardError) => replications * standardError * standardError;
        var rows = new List<Row>();
        foreach (var metric in Metrics)
        {
            var delta = paired.Comparisons[0].Find(metric) ?? throw new InvalidOperationException($"no paired delta for {metric}");
            var redrawn = ownDecisions.Comparisons[0].Find(metric) ?? throw new InvalidOperationException($"no own-decision delta for {metric}");
            var x = Total(baselineAlone.Arms[0], metric);
            var y = Total(reformAlone.Arms[0], metric);
            var baselineVariance = PerReplication(x.StandardError);
            var reformVariance = PerReplication(y.StandardError);
            rows.Add(new Row(metric.Name, delta.Delta, y.Mean - x.Mean, PerReplication(delta.StandardError), baselineVariance + reformVariance,
                replications - 1, Satterthwaite(baselineVariance, reformVariance, replications - 1))
            {
                PairedBaselineVariance = PerReplication(Total(paired.Arms[0], metric).StandardError),
                PairedReformVariance = PerReplication(Total(paired.Arms[1], metric).StandardError),
                OwnDecisionVariance = PerReplication(redrawn.StandardError) / 2,
            });
        }
        var study = new VarianceReductionStudy(LawRegimes.Description, persons, replications, rows, clock.Elapsed);
        foreach (var row in rows)
        {
            log.WriteLine($"  {row.Metric}: Var(delta) with CRN {row.VarianceWith:G4}, without {row.VarianceWithout:G4}, ratio {Format(row.Ratio)} {Interval(row)}; arms' correlation {row.Correlation:F3}; own decisions {row.OwnDecisionShare:P0} of Var(delta with CRN), so sharing can reach at most {Format(row.SharingCeiling)} {Interval(row, row.SharingCeiling, row.SharingCeilingInterval)}; any coupling at most {Format(row.Ceiling)}");
        }
        return study;
    }

    /// <summary>Degrees of freedom of a sum of two variance estimates, each on <paramref name="df"/> (Welch–Satterthwaite).</summary>
    private static double Satterthwaite(double a, double b, int df)
    {
        var denominator = ((a * a) + (b * b)) / df;
        return denominator == 0 ? df : (a + b) * (a + b) / denominator;
    }

    private static Estimate Total(ArmResult arm, MetricId metric) =>
        arm.Find(metric) ?? throw new InvalidOperationException($"no estimate for {metric} in {arm.Name}");

    public void WriteMarkdown(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var lines = new List<string>
        {
            $"Regimes: {Regimes}. {Persons:N0} persons, 52 weeks, {Replications} replications; {Elapsed.TotalSeconds:F1} s.",
            "",
            "| Metric | Mean delta, CRN | Mean delta, independent | Var(delta) with CRN | Var(delta) without | Ratio | 95% interval | Arms' correlation | Own decisions' share of Var(delta) with CRN | Ceiling, more sharing | 95% interval | Ceiling, any coupling |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        };
        lines.AddRange(Rows.Select(r =>
            $"| {r.Metric} | {r.DeltaWith.ToString("G4", CultureInfo.InvariantCulture)} | {r.DeltaWithout.ToString("G4", CultureInfo.InvariantCulture)} | " +
            $"{r.VarianceWith.ToString("G4", CultureInfo.InvariantCulture)} | {r.VarianceWithout.ToString("G4", CultureInfo.InvariantCulture)} | {Format(r.Ratio)} | {Interval(r)} | {r.Correlation.ToString("F3", CultureInfo.InvariantCulture)} | {r.OwnDecisionShare.ToString("P0", CultureInfo.InvariantCulture)} | {Format(r.SharingCeiling)} | {Interval(r, r.SharingCeiling, r.SharingCeilingInterval)} | {Format(r.Ceiling)} |"));
        File.WriteAllLines(path, lines);
    }

    private static string Format(double ratio) =>
        double.IsPositiveInfinity(ratio) ? "∞ (the paired delta has no variance)" : ratio.ToString("N1", CultureInfo.InvariantCulture) + "×";

    private static string Interval(Row row) => Interval(row, row.Ratio, row.RatioInterval);

    private static string Interval(Row row, double value, (double Low, double High) interval)
    {
        if (!double.IsFinite(value) || row.VarianceWithout == 0) return "–";
        var (low, high) = interval;
        return $"[{low.ToString("N1", CultureInfo.InvariantCulture)}×, {high.ToString("N1", CultureInfo.InvariantCulture)}×]";
    }
}
