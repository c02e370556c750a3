namespace Lovkode.Reports.Html;

/// <summary>Bars to draw side by side per category: one value and CI half-width per series, NaN for "no bar".</summary>
public sealed record ChartSeries(string Name, string Color, IReadOnlyList<double> Values, IReadOnlyList<double> Errors);

/// <summary>A grouped bar chart: categories along the x axis, one bar per series in each.</summary>
public sealed record BarChart(string Title, string YLabel, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series);
