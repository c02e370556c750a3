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
            GroupDeltas(comparison, MetricCatalogue.CaseworkerHours, "caseworker hours"),
            MunicipalityChanges(comparison, MetricCatalogue.CaseworkerHours, "caseworker hours"),
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

    /// <summary>
    /// The change by target group, in every group that has one: after a regrouping the groups are
    /// the baseline's (the crosswalk), so the bars say what the reform does to those who were in
    /// each group before it.
    /// </summary>
    private static BarChart? GroupDeltas(Comparison comparison, MetricId metric, string what)
    {
        var rows = Rows(comparison, metric, Dimensions.Group).Where(r => r.Delta is not null && ((r.Baseline?.Mean ?? 0) != 0 || (r.Reform?.Mean ?? 0) != 0)).ToList();
        if (rows.Count == 0) return null;
        var title = $"Change in {what} by target group";
        return new BarChart(
            title,
            Unit(comparison, metric, "") + ", reform − baseline",
            rows.Select(r => r.Key).ToList(),
            [new ChartSeries("reform − baseline (95% CI)", DeltaColor, rows.Select(r => r.Delta!.Mean).ToList(), rows.Select(r => r.Delta!.HalfWidth).ToList())])
        { Horizontal = true };
    }

    /// <summary>
    /// The relative change in every municipality (area), sorted from the largest fall to the
    /// largest rise, one row each: relative, so København and Læsø share a scale; the error bar is
    /// the delta's CI over the baseline.
    /// </summary>
    private static BarChart? MunicipalityChanges(Comparison comparison, MetricId metric, string what)
    {
        var rows = Rows(comparison, metric, Dimensions.Municipality)
            .Where(r => r.Delta is not null && r.Baseline is { Mean: > 0 })
            .OrderBy(r => r.Delta!.Mean / r.Baseline!.Mean).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        if (rows.Count == 0) return null;
        return new BarChart(
            $"Change in {what} in each of the {rows.Count} municipalities",
            "% change, reform against baseline",
            rows.Select(r => r.Key).ToList(),
            [new ChartSeries("% change (95% CI)", DeltaColor, rows.Select(r => 100 * r.Delta!.Mean / r.Baseline!.Mean).ToList(), rows.Select(r => 100 * r.Delta!.HalfWidth / r.Baseline!.Mean).ToList())])
        { Horizontal = true };
    }

    public static List<MetricRow> Rows(Comparison comparison, MetricId metric, string dimension) =>
        comparison.Rows.Where(r => r.Metric == metric.Name && r.Dimension == dimension).ToList();
}
