namespace Lovkode.Reports.Html;

/// <summary>Bars to draw side by side per category: one value and CI half-width per series, NaN for "no bar".</summary>
public sealed record ChartSeries(string Name, string Color, IReadOnlyList<double> Values, IReadOnlyList<double> Errors);

/// <summary>A grouped bar chart: categories along the x axis, one bar per series in each.</summary>
public sealed record BarChart(string Title, string YLabel, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>
    /// Bars along the y axis, one row per category from the top, the chart as tall as its rows
    /// need: how 98 municipalities stay readable, each name on its own line.
    /// </summary>
    public bool Horizontal { get; init; }
}
