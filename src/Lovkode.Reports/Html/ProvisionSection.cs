using System.Globalization;
using System.Text;
using Lovkode.Reports.Model;

namespace Lovkode.Reports.Html;

/// <summary>
/// The report's section on a reform split by provision: how the split was made, a waterfall of
/// each chart metric's delta by provision, and a table of the provisions with their statements,
/// places, citations and shares. Every text from the results is escaped.
/// </summary>
public static class ProvisionSection
{
    public static void Write(StringBuilder html, ProvisionSplit split, Func<string?, string> escape)
    {
        var e = escape;
        html.Append("<section class=\"provisions\">\n<h2>").Append(e(split.Reform)).Append(" against ").Append(e(split.Baseline)).Append(": the delta by provision</h2>\n");
        var method = split.Method == "exact"
            ? "exact Shapley values over every coalition of provisions"
            : string.Create(CultureInfo.InvariantCulture, $"Shapley values estimated from {split.Permutations} random orderings of the provisions per replication, in pairs of an ordering and its reverse");
        html.Append("<p class=\"meta\">").Append(e(method))
            .Append(CultureInfo.InvariantCulture, $" · {split.Replications} replication(s) of {split.Population:N0} persons · {split.Runs} coalition runs · {split.Seconds:0.0} s. ")
            .Append("The shares add up to the split's own total delta, which comes from these runs, not from the comparison above. ")
            .Append(e(split.Rule)).Append("</p>\n");

        foreach (var metric in ReportCharts.Metrics.Select(m => split.Metrics.FirstOrDefault(x => x.Metric == m.Name)).Where(m => m is not null))
        {
            var chart = Chart(split, metric!);
            html.Append("<figure class=\"chart\">\n").Append(SvgWaterfall.Render(chart)).Append("\n<figcaption>").Append(e(chart.Title))
                .Append(" (steps in the order of the law; error bars: 1.96 standard errors, from ").Append(e(split.ErrorSource)).Append(")</figcaption>\n</figure>\n");
        }
        Table(html, split, e);
        if (split.NotSplit.Count > 0)
        {
            html.Append("<details>\n<summary>Statements that are no provision</summary>\n<ul>\n");
            foreach (var s in split.NotSplit) html.Append("<li>").Append(e(s)).Append("</li>\n");
            html.Append("</ul>\n</details>\n");
        }
        html.Append("</section>\n");
    }

    public static WaterfallChart Chart(ProvisionSplit split, ProvisionMetric metric)
    {
        var labels = split.Provisions.ToDictionary(p => p.Id, p => p.Regime.Length == 0 ? p.Text : $"{p.Regime}: {p.Text}", StringComparer.Ordinal);
        var steps = metric.Shares.Select(s => new WaterfallStep(labels.TryGetValue(s.Id, out var l) ? l : s.Id, s.Value, 1.96 * (s.StandardError ?? double.NaN))).ToList();
        return new WaterfallChart(
            $"{metric.Metric}: {split.Reform} − {split.Baseline} by provision",
            metric.Unit,
            steps,
            "total delta",
            metric.Total,
            1.96 * (metric.TotalStandardError ?? double.NaN));
    }

    private static void Table(StringBuilder html, ProvisionSplit split, Func<string?, string> e)
    {
        var metrics = ReportCharts.Metrics.Select(m => split.Metrics.FirstOrDefault(x => x.Metric == m.Name)).Where(m => m is not null).Select(m => m!).ToList();
        html.Append("<table class=\"provisions\">\n<tr><th>Provision</th><th>Kind</th><th>Statement</th><th>Where</th><th>Citation</th>");
        foreach (var m in metrics) html.Append("<th class=\"n\">").Append(e(m.Metric)).Append("</th>");
        html.Append("</tr>\n");
        foreach (var p in split.Provisions)
        {
            var text = p.Text + (p.Also.Count > 0 ? " (with " + string.Join("; ", p.Also) + ")" : "") + (p.Requires.Count > 0 ? " [acts only with " + string.Join(", ", p.Requires) + "]" : "");
            html.Append("<tr><td>").Append(e(p.Id)).Append("</td><td>").Append(e(p.Kind)).Append("</td><td>").Append(e(text))
                .Append("</td><td>").Append(e(p.Place)).Append("</td><td>").Append(e(p.Citation)).Append("</td>");
            foreach (var m in metrics)
            {
                var share = m.Shares.FirstOrDefault(s => s.Id == p.Id);
                html.Append("<td class=\"n\">").Append(e(Format.Value(share?.Value))).Append("<br><small>").Append(e(Format.Percent(share?.OfTotal))).Append("</small></td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("<tr><td colspan=\"5\">Total (reform − baseline)</td>");
        foreach (var m in metrics) html.Append("<td class=\"n\">").Append(e(Format.Value(m.Total))).Append("</td>");
        html.Append("</tr>\n</table>\n");
    }
}
