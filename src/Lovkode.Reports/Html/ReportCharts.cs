using Lovkode.Reports.Model;
using Lovkode.Simulation.Metrics;

namespace Lovkode.Reports.Html;

/// <summary>Picks the rows each chart of the report shows out of one comparison.</summary>
public static class ReportCharts
{
    private const string BaselineColor = "#4c72b0";
    private const string ReformColor = "#dd8452";
    private const string DeltaColor = "#55a868";

    /// <summary>The metrics the charts show (a test checks each is in the simulator's catalogue).</summary>
    public static IReadOnlyList<MetricId> Metrics { get; } = [MetricCatalogue.Interviews, MetricCatalogue.CaseworkerDkk, MetricCatalogue.CaseworkerHours];

    public static IEnumerable<BarChart> For(Comparison comparison)
    {
        var charts = new[]
        {
            Levels(comparison, MetricCatalogue.Interviews, Dimensions.Group, "Interviews by target group", "interviews"),
            Levels(comparison, MetricCatalogue.CaseworkerDkk, Dimensions.Group, "Caseworker cost by target group", Unit(comparison, MetricCatalogue.CaseworkerDkk, "DKK")),
            Levels(comparison, MetricCatalogue.CaseworkerHours, Dimensions.Activity, "Caseworker hours by activity", "hours"),
            Deltas(comparison, MetricCatalogue.CaseworkerHours, Dimensions.Municipality, "Change in caseworker hours: the 20 municipalities with the largest change", "hours, reform − baseline"),
        };
        return charts.Where(c => c is not null).Select(c => c!);
    }

    /// <summary>The unit the run reports the metric in (a model's currency for money), or <paramref name="fallback"/>.</summary>
    private static string Unit(Comparison comparison, MetricId metric, string fallback) =>
        comparison.Rows.FirstOrDefault(r => r.Metric == metric.Name)?.Unit is { Length: > 0 } unit ? unit : fallback;

    private static BarChart? Levels(Comparison comparison, MetricId metric, string dimension, string title, string yLabel)
    {
        // A group with nothing on either side (e.g. outside the effort) would only be an empty slot.
        var rows = Rows(comparison, metric, dimension).Where(r => (r.Baseline?.Mean ?? 0) != 0 || (r.Reform?.Mean ?? 0) != 0).ToList();
        if (rows.Count == 0) return null;
        return new BarChart(
            title,
            yLabel,
            rows.Select(r => r.Key).ToList(),
            [
                new ChartSeries($"{comparison.Baseline} (baseline)", BaselineColor, rows.Select(r => r.Baseline?.Mean ?? double.NaN).ToList(), rows.Select(r => r.Baseline?.HalfWidth ?? double.NaN).ToList()),
                new ChartSeries($"{comparison.Reform} (reform)", ReformColor, rows.Select(r => r.Reform?.Mean ?? double.NaN).ToList(), rows.Select(r => r.Reform?.HalfWidth ?? double.NaN).ToList()),
            ]);
    }

    private static BarChart? Deltas(Comparison comparison, MetricId metric, string dimension, string title, string yLabel)
    {
        var rows = Rows(comparison, metric, dimension).Where(r => r.Delta is not null)
            .OrderByDescending(r => Math.Abs(r.Delta!.Mean)).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Take(20)
            .ToList();
        if (rows.Count == 0) return null;
        return new BarChart(
            title,
            yLabel,
            rows.Select(r => r.Key).ToList(),
            [new ChartSeries("reform − baseline (95% CI)", DeltaColor, rows.Select(r => r.Delta!.Mean).ToList(), rows.Select(r => r.Delta!.HalfWidth).ToList())]);
    }

    public static List<MetricRow> Rows(Comparison comparison, MetricId metric, string dimension) =>
        comparison.Rows.Where(r => r.Metric == metric.Name && r.Dimension == dimension).ToList();
}
