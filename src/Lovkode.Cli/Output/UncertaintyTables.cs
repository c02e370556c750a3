using System.Globalization;
using Lovkode.Reports.Html;
using Lovkode.Reports.Model;
using Spectre.Console;

namespace Lovkode.Cli;

/// <summary>
/// The uncertainty analysis on the console: one table per reform with each headline metric's
/// delta and relative change (point, median, 90% and 95% intervals, the assumptions' share of the
/// variance), the calibration's acceptance, and the assumptions that matter most for each chart
/// metric's change (widest tornado swings; the largest total Sobol' indices with method sobol).
/// Spectre on a terminal, aligned text when redirected.
/// </summary>
internal static class UncertaintyTables
{
    /// <summary>Assumptions listed per outcome.</summary>
    public const int Top = 5;

    public static void Write(UncertaintySummary? u, bool interactive, TextWriter plain)
    {
        if (u is null) return;
        var c = CultureInfo.InvariantCulture;
        var heading = string.Create(c, $"Uncertainty: {u.Samples:N0} samples ({u.Method}) of {u.Assumptions.Count} assumptions, {u.Worlds:N0} worlds of {u.Replications} × {u.PersonsPerReplication:N0} persons in {u.Seconds:0.0} s");
        Line(interactive, plain, heading);
        if (u.Calibration is { } cal)
        {
            Line(interactive, plain, string.Create(c, $"Calibration: {cal.Accepted:N0} of {cal.Checked:N0} worlds meet every target ({Share(cal.AcceptanceRate)}); the intervals are theirs{(cal.PointAccepted ? "" : "; the point world misses a target")}"));
        }
        foreach (var reform in u.Outcomes.Where(o => o.Kind != "arm").Select(o => (o.Arm, o.Baseline)).Distinct())
        {
            var rows = u.Outcomes.Where(o => o.Kind != "arm" && o.Arm == reform.Arm).Select(o =>
            {
                var change = o.Kind == "change";
                string V(double? v) => change ? Format.Percent(v) : Format.Value(v);
                string I(double? low, double? high) => low is null || high is null ? "–" : $"[{V(low)}, {V(high)}]";
                return new[] { change ? $"{o.Metric} (change)" : $"{o.Metric} ({o.Unit})", V(o.Point), V(o.Median), I(o.Low90, o.High90), I(o.Low95, o.High95), Share(o.AssumptionShare) };
            }).ToList();
            TextTable.Write(interactive, plain, $"{reform.Arm} − {reform.Baseline} under uncertainty", ["Delta", "Point", "Median", "90% interval", "95% interval", "Assumptions' share"], rows);
        }
        foreach (var t in u.OneWay)
        {
            var outcome = u.Outcomes.FirstOrDefault(o => o.Name == t.Outcome);
            if (outcome is not { Kind: "change" } || !UncertaintySection.ChartMetrics.Any(m => m.Name == outcome.Metric)) continue;
            var sobol = u.Sobol.FirstOrDefault(s => s.Outcome == t.Outcome);
            var rows = t.Bars.Take(Top).Select(b => (string[])[b.Assumption, Format.Percent(b.AtLow), Format.Percent(b.AtHigh), Share(b.Swing),
                .. sobol is null ? [] : new[] { sobol.Indices.FirstOrDefault(i => i.Assumption == b.Assumption)?.Total.ToString("0.00", c) ?? "–" }]).ToList();
            string[] columns = ["Assumption", "At low", "At high", "Swing", .. sobol is null ? [] : new[] { "Total Sobol'" }];
            TextTable.Write(interactive, plain, $"Assumptions that matter most: {UncertaintySection.Label(outcome)}", columns, rows);
        }
    }

    private static void Line(bool interactive, TextWriter plain, string text)
    {
        if (interactive) AnsiConsole.MarkupLine(Markup.Escape(text));
        else plain.WriteLine(text);
    }

    private static string Share(double? share) => share is { } s && double.IsFinite(s) ? s.ToString("0.0%", CultureInfo.InvariantCulture) : "–";
}
