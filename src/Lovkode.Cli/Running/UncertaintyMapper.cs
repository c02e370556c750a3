using System.Globalization;
using Lovkode.Reports.Model;
using Lovkode.Simulation.Analysis;
using Lovkode.Simulation.Analysis.Results;
using Lovkode.Simulation.Analysis.Running;
using Lovkode.Uncertainty.Analysis;

namespace Lovkode.Cli.Running;

/// <summary>An analysis's result as the results document's <c>uncertainty</c> section and the samples table.</summary>
internal static class UncertaintyMapper
{
    public static UncertaintySummary Summary(UncertaintyResult r)
    {
        var c = CultureInfo.InvariantCulture;
        return new UncertaintySummary(
            r.Options.Method == SamplingMethod.Sobol ? "sobol" : "lhs",
            r.Options.Samples,
            r.Worlds,
            r.Run.Replications,
            r.Run.Persons,
            unchecked((long)r.Options.Seed),
            r.Elapsed.TotalSeconds,
            r.SharedPopulationWorlds,
            r.Assumptions.Select(a => new VaryingAssumption(a.Name, a.Source.ToString().ToLowerInvariant(), a.Title, a.Where, a.Unit, a.Point, a.Range.Low, a.Range.High,
                a.Range.Shape.ToString().ToLowerInvariant(), a.Whole, a.Status, a.Confidence?.ToString().ToLowerInvariant(), a.Citation.ToString(), a.Location?.ToString())).ToList(),
            r.Held.Select(h => new HeldValue(h.Name, h.Source.ToString().ToLowerInvariant(), h.Reason)).ToList(),
            r.Uncertainty.Select(Outcome).ToList(),
            r.Calibration is { } cal
                ? new CalibrationSection(
                    cal.Targets.Select((t, i) => new CalibrationTargetRow(t.Name, t.Metric, t.Regime, t.Start.ToString("yyyy-MM-dd", c), t.Weeks, t.Value, t.Tolerance, t.Citation.ToString(), cal.PointValues[i])).ToList(),
                    cal.PointAccepted, cal.Checked, cal.Accepted, Finite(cal.AcceptanceRate))
                : null,
            r.OneWay.Select(o => new TornadoSection(o.Outcome.Name, o.Outcome.Title, o.Outcome.Unit, o.Bars.Count > 0 ? o.Bars[0].Bar.Base : r.PointRow.Outcomes[o.Outcome.Index],
                o.Bars.Select(b => new TornadoRow(b.Bar.Name, b.Bar.Low, b.Bar.High, b.Bar.AtLow, b.Bar.AtHigh, b.Bar.Swing, b.LowAccepted, b.HighAccepted)).ToList())).ToList(),
            r.Sobol.Select(s => new SobolSection(s.Outcome.Name, s.Outcome.Title, s.Indices.Variance, s.Indices.ConfidenceLevel, s.Indices.BaseCount,
                s.Entries.Select(e => new SobolRow(e.Assumption, e.Index.First, e.Index.FirstInterval.Low, e.Index.FirstInterval.High, e.Index.Total, e.Index.TotalInterval.Low, e.Index.TotalInterval.High)).ToList())).ToList());
    }

    public static SampleTable Samples(UncertaintyResult r) => new(
        r.Assumptions.Select(a => a.Name).ToList(),
        r.Outcomes.Select(o => o.Name).ToList(),
        r.Calibration?.Targets.Select(t => t.Name).ToList() ?? [],
        r.Rows.Select(row => new SampleTableRow(
            row.Row,
            Kind(row.Kind),
            row.Base >= 0 ? row.Base : null,
            row.Assumption >= 0 ? r.Assumptions[row.Assumption].Name : null,
            row.Accepted,
            row.Values,
            row.Outcomes,
            row.Calibration ?? [])).ToList());

    private static OutcomeInterval Outcome(OutcomeUncertainty u)
    {
        var o = u.Outcome;
        var s = u.Summary;
        var p = u.Prior;
        return new OutcomeInterval(o.Name, o.Kind.ToString().ToLowerInvariant(), o.Metric.Name, o.Arm, o.Baseline, o.Unit, o.Title, u.Point,
            s?.Count ?? 0, s?.Median, s?.Mean, s?.Interval90.Low, s?.Interval90.High, s?.Interval95.Low, s?.Interval95.High,
            Share(u.Split), u.Split?.Total,
            p?.Count ?? 0, p?.Median, p?.Interval95.Low, p?.Interval95.High, Share(u.PriorSplit));
    }

    /// <summary>The assumptions' share of the variance, or null when nothing varied (no variance to split).</summary>
    private static double? Share(VarianceSplit? split) => split is null || split.Assumptions + split.Noise <= 0 ? null : split.AssumptionShare;

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static string Kind(RowKind kind) => kind switch
    {
        RowKind.Point => "point",
        RowKind.Sample => "sample",
        RowKind.SobolA => "sobol-a",
        RowKind.SobolB => "sobol-b",
        RowKind.SobolAB => "sobol-ab",
        RowKind.OneWayLow => "one-way-low",
        _ => "one-way-high",
    };
}
