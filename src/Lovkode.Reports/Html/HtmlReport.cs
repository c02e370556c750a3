using System.Globalization;
using System.Text;
using Lovkode.Reports.Model;
using Lovkode.Reports.Writers;
using Lovkode.Simulation.Metrics;

namespace Lovkode.Reports.Html;

/// <summary>
/// The HTML report: one self-contained file (inline CSS and SVG, no scripts, no links out), so
/// it opens offline and can be mailed as it is.
/// </summary>
public static class HtmlReport
{
    public static void Write(ResultsDocument document, string path) => AtomicFile.WriteText(path, Render(document));

    /// <summary>The practice contact in the run's one-line summary; nothing for documents that predate it.</summary>
    private static string Practice(PracticeSummary? practice) => practice switch
    {
        null => "",
        { Enabled: false } => " · practice contact off",
        _ => string.Create(CultureInfo.InvariantCulture,
            $" · practice contact every {practice.IntervalWeeks} weeks from spell week {practice.FromSpellWeek}, costed as {E(practice.Requirement)}"),
    };

    public static string Render(ResultsDocument document)
    {
        var html = new StringBuilder();
        var s = document.Scenario;
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>Lovkode — ").Append(E(s.Name)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(s.Name)).Append("</h1>\n");
        if (!string.IsNullOrWhiteSpace(s.Description)) html.Append("<p>").Append(E(s.Description)).Append("</p>\n");
        html.Append("<p class=\"meta\">")
            .Append(CultureInfo.InvariantCulture, $"Population {s.Population:N0} · {s.Weeks} weeks from {E(s.StartDate)} · ")
            .Append(CultureInfo.InvariantCulture, $"{document.Run.ReplicationsRun} replications{(document.Run.StoppedByRule ? " (stop rule)" : "")} · seed {s.Seed} · ")
            .Append("behavioural effects ").Append(s.Effects ? "on" : "off")
            .Append(Practice(s.Practice))
            .Append(s.GroupedBy is { } crosswalk ? " · groups as under " + E(crosswalk) + " (the baseline) in every arm" : "")
            .Append(s.GroupedByFact is { } fact ? " · grouped by each person's " + E(fact) + " in every arm" : "")
            .Append(CultureInfo.InvariantCulture, $" · {document.Run.Seconds:0.0} s</p>\n");

        RegimeTable(html, document.Regimes);
        foreach (var comparison in document.Comparisons)
        {
            html.Append("<section class=\"comparison\">\n<h2>").Append(E(comparison.Reform)).Append(" against ").Append(E(comparison.Baseline)).Append("</h2>\n");
            HeadlineBox(html, document, comparison);
            TotalsTable(html, comparison);
            foreach (var chart in ReportCharts.For(comparison))
            {
                html.Append("<figure class=\"chart\">\n").Append(SvgCharts.Render(chart)).Append("\n<figcaption>").Append(E(chart.Title)).Append(" (error bars: 95% CI)</figcaption>\n</figure>\n");
            }
            MunicipalityTable(html, comparison);
            html.Append("</section>\n");
        }
        foreach (var split in document.ProvisionSplits ?? []) ProvisionSection.Write(html, split, E);
        UncertaintySection.Append(html, document.Uncertainty);
        ParameterTable(html, document.Parameters);
        AssumptionTable(html, document.Model);
        html.Append("<footer>").Append(E(document.Run.Tool)).Append(" · ").Append(E(document.Format)).Append("</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void RegimeTable(StringBuilder html, IReadOnlyList<RegimeSummary> regimes)
    {
        html.Append("<h2>Regimes</h2>\n<table>\n<tr><th>Regime</th><th>Title</th><th>Source</th><th>From</th><th class=\"n\">Groups</th><th class=\"n\">Requirements</th><th class=\"n\">Parameters</th></tr>\n");
        foreach (var r in regimes)
        {
            html.Append("<tr><td>").Append(E(r.Name)).Append("</td><td>").Append(E(r.Title)).Append("</td><td>").Append(E(r.Source))
                .Append("</td><td>").Append(E(r.Origin)).Append("</td><td class=\"n\">").Append(N(r.Groups)).Append("</td><td class=\"n\">")
                .Append(N(r.Requirements)).Append("</td><td class=\"n\">").Append(N(r.Parameters)).Append("</td></tr>\n");
        }
        html.Append("</table>\n");
    }

    private static void HeadlineBox(StringBuilder html, ResultsDocument document, Comparison comparison)
    {
        var lines = Headline.Lines(comparison);
        if (lines.Count == 0) return;
        html.Append("<div class=\"headline\">\n<p>").Append(E(Headline.Heading(document, comparison))).Append("</p>\n<ul>\n");
        foreach (var line in lines) html.Append("<li>").Append(E(line)).Append("</li>\n");
        html.Append("</ul>\n</div>\n");
    }

    /// <summary>A metric's title, with its id beneath for scenarios and scripts that name it.</summary>
    private static string MetricCell(string metric) =>
        E(MetricCatalogue.TitleOf(metric)) + " <code>" + E(metric) + "</code>";

    private static void TotalsTable(StringBuilder html, Comparison comparison)
    {
        html.Append("<table class=\"totals\">\n<tr><th>Metric</th><th>Unit</th><th class=\"n\">Baseline</th><th class=\"n\">Reform</th><th class=\"n\">Delta</th><th class=\"n\">95% CI</th><th class=\"n\">Change</th></tr>\n");
        foreach (var r in comparison.Rows.Where(r => r.Dimension == MetricRow.Total))
        {
            ComparisonRow(html, MetricCell(r.Metric), E(r.Unit), r);
        }
        html.Append("</table>\n");
    }

    /// <summary>
    /// The metrics of the per-municipality table: 98 municipalities × every metric would drown
    /// the page; results.csv has them all.
    /// </summary>
    public static IReadOnlyList<MetricId> MunicipalityMetrics { get; } = [MetricCatalogue.Interviews, MetricCatalogue.CaseworkerHours, MetricCatalogue.CaseworkerDkk];

    private static void MunicipalityTable(StringBuilder html, Comparison comparison)
    {
        var rows = comparison.Rows.Where(r => r.Dimension == Dimensions.Municipality && MunicipalityMetrics.Any(m => m.Name == r.Metric)).ToList();
        if (rows.Count == 0) return;
        html.Append("<details>\n<summary>Per-municipality results</summary>\n<table>\n<tr><th>Municipality</th><th>Metric</th><th class=\"n\">Baseline</th><th class=\"n\">Reform</th><th class=\"n\">Delta</th><th class=\"n\">95% CI</th><th class=\"n\">Change</th></tr>\n");
        foreach (var r in rows.OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.Metric, StringComparer.Ordinal))
        {
            ComparisonRow(html, E(r.Key), MetricCell(r.Metric), r);
        }
        html.Append("</table>\n</details>\n");
    }

    /// <summary>A row of a comparison table: two cells of markup that say what it is, then baseline, reform, delta, its interval and the change.</summary>
    private static void ComparisonRow(StringBuilder html, string first, string second, MetricRow r) =>
        html.Append("<tr><td>").Append(first).Append("</td><td>").Append(second).Append("</td><td class=\"n\">")
            .Append(Format.Value(r.Baseline?.Mean)).Append("</td><td class=\"n\">").Append(Format.Value(r.Reform?.Mean))
            .Append("</td><td class=\"n\">").Append(Format.Value(r.Delta?.Mean)).Append("</td><td class=\"n\">").Append(E(Format.Interval(r.Delta)))
            .Append("</td><td class=\"n\">").Append(Format.Percent(r.RelativeChange)).Append("</td></tr>\n");

    private static void ParameterTable(StringBuilder html, IReadOnlyList<ParameterRow> parameters)
    {
        html.Append("<h2>Parameters</h2>\n<table class=\"parameters\">\n<tr><th>Regime</th><th>Parameter</th><th>Group</th><th class=\"n\">Value</th><th>Unit</th><th>In force</th><th>Source</th></tr>\n");
        foreach (var p in parameters)
        {
            html.Append(p.Overridden ? "<tr class=\"override\">" : "<tr>")
                .Append("<td>").Append(E(p.Regime)).Append("</td><td>").Append(E(p.Parameter)).Append("</td><td>").Append(E(p.Group))
                .Append("</td><td class=\"n\">").Append(p.Value.ToString("G6", CultureInfo.InvariantCulture)).Append("</td><td>").Append(E(p.Unit))
                .Append("</td><td>").Append(E(InForce(p))).Append("</td><td>").Append(E(p.Source)).Append(p.Overridden ? " <em>(scenario override)</em>" : "")
                .Append("</td></tr>\n");
        }
        html.Append("</table>\n");
    }

    /// <summary>The population model's numbers, each with the value used, its range and its source: the run's table of assumptions.</summary>
    private static void AssumptionTable(StringBuilder html, ModelSummary? model)
    {
        if (model is null) return;
        html.Append("<h2>Population model: ").Append(E(model.Name)).Append("</h2>\n<p>").Append(E(model.Title)).Append(" · domain ").Append(E(model.Domain))
            .Append(" · ").Append(E(model.Source)).Append(" · ").Append(E(model.Origin)).Append(" · money in ").Append(E(model.Currency)).Append("</p>\n")
            .Append("<table class=\"assumptions\">\n<tr><th>Value</th><th>Kind</th><th class=\"n\">Used</th><th class=\"n\">Point</th><th>Range</th><th>Status</th><th>Confidence</th><th>Source</th></tr>\n");
        foreach (var v in model.Values)
        {
            var range = v.Low is { } low && v.High is { } high
                ? string.Create(CultureInfo.InvariantCulture, $"{low:G6} – {high:G6} ({v.Shape})")
                : "exact";
            html.Append(v.Overridden ? "<tr class=\"override\">" : "<tr>")
                .Append("<td>").Append(E(v.Path)).Append("</td><td>").Append(E(v.Kind))
                .Append("</td><td class=\"n\">").Append(v.Value.ToString("G6", CultureInfo.InvariantCulture))
                .Append("</td><td class=\"n\">").Append(v.Point.ToString("G6", CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(E(range)).Append("</td><td>").Append(E(v.Status)).Append("</td><td>").Append(E(v.Confidence))
                .Append("</td><td>").Append(E(v.Source)).Append(v.Overridden ? " <em>(scenario override)</em>" : "").Append("</td></tr>\n");
        }
        html.Append("</table>\n");
    }

    private static string InForce(ParameterRow p) => (p.From, p.Until) switch
    {
        (null, null) => "always",
        (var f, null) => $"from {f}",
        (null, var u) => $"until {u}",
        var (f, u) => $"{f} – {u}",
    };

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string E(string? text) => HtmlText.Escape(text);

    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1000px; color: #222; }
        h1 { margin-bottom: 0.2em; }
        .meta { color: #555; }
        table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }
        th, td { border-bottom: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
        th.n, td.n { text-align: right; font-variant-numeric: tabular-nums; }
        tr.override td { background: #fff6e0; }
        figure.chart { margin: 1.5em 0; }
        figure.chart svg { max-width: 100%; height: auto; }
        figcaption { color: #555; font-size: 0.85em; }
        footer { color: #888; font-size: 0.8em; margin-top: 3em; }
        .headline { background: #f3f6fb; border-left: 4px solid #2c5f9e; padding: 0.6em 1.2em; margin: 1em 0; }
        .headline p { margin: 0.2em 0 0.4em; font-weight: 600; }
        .headline ul { margin: 0; padding-left: 1.2em; line-height: 1.5; }
        td code { display: block; color: #888; font-size: 0.8em; }

        """;
}
