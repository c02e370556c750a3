using System.Globalization;
using System.Text;
using Lovkode.Reports.Model;
using Lovkode.Simulation.Metrics;

namespace Lovkode.Reports.Html;

/// <summary>
/// The report's section on the uncertainty analysis: what was drawn, each headline outcome's
/// interval with the share of its variance due to the assumptions, the calibration's acceptance,
/// the tornado and the Sobol' indices of the key outcomes (chart and table), and the assumptions
/// that varied and were held. Every string is escaped; the charts' text by ScottPlot.
/// </summary>
public static class UncertaintySection
{
    /// <summary>The metrics whose relative change gets a tornado and a Sobol' chart per reform (a test checks each is in the catalogue).</summary>
    public static IReadOnlyList<MetricId> ChartMetrics { get; } = [MetricCatalogue.CaseworkerHours, MetricCatalogue.Interviews];

    /// <summary>Bars drawn in a tornado; the table below it lists every one.</summary>
    public const int TornadoBars = 15;

    public static void Append(StringBuilder html, UncertaintySummary? u)
    {
        if (u is null) return;
        html.Append("<section class=\"uncertainty\">\n<h2>Uncertainty: ").Append(E(Method(u.Method))).Append("</h2>\n<p class=\"meta\">")
            .Append(CultureInfo.InvariantCulture, $"{u.Samples:N0} samples of {u.Assumptions.Count} assumptions · {u.Worlds:N0} worlds of {u.Replications} × {u.PersonsPerReplication:N0} persons, the same persons in every world · seed {u.Seed} · {u.Seconds:0.0} s")
            .Append(u.SharedPopulationWorlds > 0 ? string.Create(CultureInfo.InvariantCulture, $" · {u.SharedPopulationWorlds:N0} worlds reused the point world's persons") : "")
            .Append("</p>\n<p>The point is the plain run, every assumption at its point value. The intervals are those of the worlds drawn from the declared ranges")
            .Append(u.Calibration is null ? "" : " that reproduce the model's calibration targets")
            .Append("; the assumptions' share is the part of their variance the assumptions explain, the rest being Monte Carlo noise (docs/model.md, Uncertainty).</p>\n");
        Calibration(html, u.Calibration);
        Outcomes(html, u.Outcomes);
        foreach (var outcome in ChartOutcomes(u))
        {
            // The heading names the comparison; the charts' titles only the outcome, so they fit.
            html.Append("<h3>Which assumptions matter: ").Append(E(Label(outcome))).Append("</h3>\n");
            var title = $"{outcome.Metric} (change)";
            if (u.OneWay.FirstOrDefault(t => t.Outcome == outcome.Name) is { } tornado) Tornado(html, tornado, title);
            if (u.Sobol.FirstOrDefault(s => s.Outcome == outcome.Name) is { } sobol) Sobol(html, sobol, title);
        }
        Assumptions(html, u);
        html.Append("</section>\n");
    }

    /// <summary>Each reform's relative change of the chart metrics, in the document's order.</summary>
    private static IEnumerable<OutcomeInterval> ChartOutcomes(UncertaintySummary u) =>
        u.Outcomes.Where(o => o.Kind == "change" && ChartMetrics.Any(m => m.Name == o.Metric))
            .OrderBy(o => o.Arm, StringComparer.Ordinal).ThenBy(o => ChartMetrics.Select(m => m.Name).ToList().IndexOf(o.Metric));

    private static void Calibration(StringBuilder html, CalibrationSection? c)
    {
        if (c is null) return;
        html.Append("<h3>Calibration</h3>\n<p>")
            .Append(CultureInfo.InvariantCulture, $"{c.Accepted:N0} of {c.Checked:N0} sampled worlds reproduce every target within its tolerance (acceptance rate {Percent(c.AcceptanceRate)}); the others are rejected from the intervals. ")
            .Append(c.PointAccepted ? "The point world meets the targets." : "<strong>The point world misses a target.</strong>")
            .Append("</p>\n<table>\n<tr><th>Target</th><th>Metric</th><th>Under</th><th class=\"n\">Target value</th><th class=\"n\">Tolerance</th><th class=\"n\">Point world</th><th>Source</th></tr>\n");
        foreach (var t in c.Targets)
        {
            html.Append("<tr><td>").Append(E(t.Name)).Append("</td><td>").Append(E(t.Metric)).Append("</td><td>")
                .Append(E(string.Create(CultureInfo.InvariantCulture, $"{t.Regime}, {t.Weeks} weeks from {t.Start}"))).Append("</td><td class=\"n\">")
                .Append(Format.Value(t.Value)).Append("</td><td class=\"n\">").Append(E(string.Create(CultureInfo.InvariantCulture, $"±{t.Tolerance:0%}")))
                .Append("</td><td class=\"n\">").Append(Format.Value(t.Point)).Append("</td><td>").Append(E(t.Citation)).Append("</td></tr>\n");
        }
        html.Append("</table>\n");
    }

    /// <summary>Per reform, its deltas and changes; each arm's levels below, folded.</summary>
    private static void Outcomes(StringBuilder html, IReadOnlyList<OutcomeInterval> outcomes)
    {
        foreach (var reform in outcomes.Where(o => o.Kind != "arm").Select(o => (o.Arm, o.Baseline)).Distinct())
        {
            html.Append("<h3>").Append(E($"{reform.Arm} − {reform.Baseline}")).Append("</h3>\n");
            OutcomeTable(html, outcomes.Where(o => o.Kind != "arm" && o.Arm == reform.Arm).ToList());
        }
        var levels = outcomes.Where(o => o.Kind == "arm").ToList();
        if (levels.Count == 0) return;
        html.Append("<details>\n<summary>Each arm's levels</summary>\n");
        OutcomeTable(html, levels);
        html.Append("</details>\n");
    }

    private static void OutcomeTable(StringBuilder html, IReadOnlyList<OutcomeInterval> outcomes)
    {
        html.Append("<table class=\"uncertainty\">\n<tr><th>Outcome</th><th class=\"n\">Point</th><th class=\"n\">Median</th><th class=\"n\">90% interval</th><th class=\"n\">95% interval</th><th class=\"n\">Assumptions' share</th><th class=\"n\">95%, all worlds</th></tr>\n");
        foreach (var o in outcomes)
        {
            var change = o.Kind == "change";
            string V(double? v) => change ? Format.Percent(v) : Format.Value(v);
            string I(double? low, double? high) => low is null || high is null ? "–" : $"[{V(low)}, {V(high)}]";
            var name = o.Kind switch { "arm" => $"{o.Arm}: {o.Metric} ({o.Unit})", "delta" => $"{o.Metric} ({o.Unit})", _ => $"{o.Metric} (change)" };
            html.Append("<tr><td>").Append(E(name)).Append("</td><td class=\"n\">").Append(E(V(o.Point)))
                .Append("</td><td class=\"n\">").Append(E(V(o.Median))).Append("</td><td class=\"n\">").Append(E(I(o.Low90, o.High90)))
                .Append("</td><td class=\"n\">").Append(E(I(o.Low95, o.High95))).Append("</td><td class=\"n\">").Append(E(Share(o.AssumptionShare)))
                .Append("</td><td class=\"n\">").Append(E(I(o.PriorLow95, o.PriorHigh95))).Append("</td></tr>\n");
        }
        html.Append("</table>\n");
    }

    private static void Tornado(StringBuilder html, TornadoSection t, string label)
    {
        var change = t.Unit == "share";
        string V(double v) => change ? Format.Percent(v) : Format.Value(v);
        var chart = new TornadoChart($"One-way effects: {label}", change ? "relative change (base: every assumption at its point)" : t.Unit,
            t.Base, t.Bars.Take(TornadoBars).Select(b => new TornadoBar(b.Assumption, b.AtLow, b.AtHigh)).ToList());
        html.Append("<figure class=\"chart\">\n").Append(chart.ToSvg()).Append("\n<figcaption>")
            .Append(E(string.Create(CultureInfo.InvariantCulture, $"Each assumption at its low and its high bound, the others at their points; the {Math.Min(TornadoBars, t.Bars.Count)} widest of {t.Bars.Count}. Base {V(t.Base)}.")))
            .Append("</figcaption>\n</figure>\n<details>\n<summary>One-way effects, every assumption</summary>\n<table>\n<tr><th>Assumption</th><th class=\"n\">Low</th><th class=\"n\">High</th><th class=\"n\">At low</th><th class=\"n\">At high</th><th class=\"n\">Swing</th><th>Meets the targets (low, high)</th></tr>\n");
        foreach (var b in t.Bars)
        {
            html.Append("<tr><td>").Append(E(b.Assumption)).Append("</td><td class=\"n\">").Append(G(b.Low)).Append("</td><td class=\"n\">").Append(G(b.High))
                .Append("</td><td class=\"n\">").Append(E(V(b.AtLow))).Append("</td><td class=\"n\">").Append(E(V(b.AtHigh)))
                .Append("</td><td class=\"n\">").Append(E(change ? Share(b.Swing) : Format.Value(b.Swing))).Append("</td><td>")
                .Append(E($"{Accepted(b.LowAccepted)}, {Accepted(b.HighAccepted)}")).Append("</td></tr>\n");
        }
        html.Append("</table>\n</details>\n");
    }

    private static void Sobol(StringBuilder html, SobolSection s, string label)
    {
        var shown = s.Indices.Take(TornadoBars).ToList();
        var chart = new SobolChart($"Sobol' indices: {label}", shown.Select(i => new SobolBar(i.Assumption, i.First, i.FirstLow, i.FirstHigh, i.Total, i.TotalLow, i.TotalHigh)).ToList());
        html.Append("<figure class=\"chart\">\n").Append(chart.ToSvg()).Append("\n<figcaption>")
            .Append(E(string.Create(CultureInfo.InvariantCulture, $"First-order and total indices from {s.BaseRows:N0} base rows, the {shown.Count} largest totals; error bars span the {s.ConfidenceLevel:0%} bootstrap interval's width around the estimate (the table gives the interval).")))
            .Append("</figcaption>\n</figure>\n<details>\n<summary>Sobol' indices, every assumption</summary>\n<table>\n<tr><th>Assumption</th><th class=\"n\">First order</th><th class=\"n\">Interval</th><th class=\"n\">Total</th><th class=\"n\">Interval</th></tr>\n");
        foreach (var i in s.Indices)
        {
            html.Append("<tr><td>").Append(E(i.Assumption)).Append("</td><td class=\"n\">").Append(F3(i.First)).Append("</td><td class=\"n\">")
                .Append(E($"[{F3(i.FirstLow)}, {F3(i.FirstHigh)}]")).Append("</td><td class=\"n\">").Append(F3(i.Total)).Append("</td><td class=\"n\">")
                .Append(E($"[{F3(i.TotalLow)}, {F3(i.TotalHigh)}]")).Append("</td></tr>\n");
        }
        html.Append("</table>\n</details>\n");
    }

    private static void Assumptions(StringBuilder html, UncertaintySummary u)
    {
        html.Append("<details>\n<summary>").Append(CultureInfo.InvariantCulture, $"The {u.Assumptions.Count} assumptions that varied").Append("</summary>\n<table>\n")
            .Append("<tr><th>Assumption</th><th>Where</th><th class=\"n\">Point</th><th>Range</th><th>Status</th><th>Confidence</th><th>Source</th></tr>\n");
        foreach (var a in u.Assumptions)
        {
            html.Append("<tr><td>").Append(E(a.Name)).Append("</td><td>").Append(E($"{a.Title}: {a.Where}")).Append("</td><td class=\"n\">").Append(G(a.Point))
                .Append("</td><td>").Append(E(string.Create(CultureInfo.InvariantCulture, $"{a.Low:G6} – {a.High:G6} {a.Unit} ({a.Shape}{(a.Whole ? ", whole" : "")})"))).Append("</td><td>")
                .Append(E(a.Status)).Append("</td><td>").Append(E(a.Confidence ?? "")).Append("</td><td>").Append(E(a.Citation))
                .Append(a.Location is null ? "" : " (" + E(a.Location) + ")").Append("</td></tr>\n");
        }
        html.Append("</table>\n</details>\n");
        if (u.Held.Count == 0) return;
        html.Append("<details>\n<summary>").Append(CultureInfo.InvariantCulture, $"{u.Held.Count} values with a range held at their points").Append("</summary>\n<table>\n<tr><th>Value</th><th>Why</th></tr>\n");
        foreach (var h in u.Held) html.Append("<tr><td>").Append(E(h.Name)).Append("</td><td>").Append(E(h.Reason)).Append("</td></tr>\n");
        html.Append("</table>\n</details>\n");
    }

    /// <summary>"caseworker.hours (change), Reform − Baseline": short enough for a chart's title.</summary>
    public static string Label(OutcomeInterval o) => o.Kind switch
    {
        "arm" => $"{o.Metric}, {o.Arm}",
        "delta" => $"{o.Metric} ({o.Unit}), {o.Arm} − {o.Baseline}",
        _ => $"{o.Metric} (change), {o.Arm} − {o.Baseline}",
    };

    private static string Method(string method) => method == "sobol" ? "Saltelli design with Sobol' indices" : "Latin hypercube";

    private static string Accepted(bool? accepted) => accepted switch { null => "not checked", true => "yes", false => "no" };

    private static string Share(double? share) => share is { } s && double.IsFinite(s) ? s.ToString("0.0%", CultureInfo.InvariantCulture) : "–";

    private static string Percent(double? share) => Share(share);

    private static string G(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    private static string F3(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string E(string? text) => HtmlText.Escape(text);
}
