using ScottPlot;

namespace Lovkode.Reports.Html;

/// <summary>
/// Draws a <see cref="BarChart"/> with ScottPlot and returns it as SVG markup, so the report
/// embeds its charts inline and needs nothing from the network.
/// </summary>
public static class SvgCharts
{
    public const int Width = 900;
    public const int Height = 420;

    /// <summary>Height of one row of a horizontal chart, in pixels: room for a 12-pixel name.</summary>
    public const int RowHeight = 16;

    public static string Render(BarChart chart) => chart.Horizontal ? RenderHorizontal(chart) : RenderVertical(chart);

    /// <summary>The height of a horizontal chart: a row per category plus the title and the value axis.</summary>
    public static int HeightOf(BarChart chart) => chart.Horizontal ? Math.Max(Height, 110 + (RowHeight * chart.Categories.Count)) : Height;

    /// <summary>
    /// One bar per category along the y axis, the first category at the top; names on the left
    /// axis, each on its own row, the value axis at the bottom with a line at zero.
    /// </summary>
    private static string RenderHorizontal(BarChart chart)
    {
        var plot = new Plot();
        var n = chart.Categories.Count;
        var series = chart.Series[0];
        var color = Color.FromHex(series.Color);
        var bars = new List<Bar>();
        for (var c = 0; c < n; c++)
        {
            var value = series.Values[c];
            if (!double.IsFinite(value)) continue;
            var error = series.Errors[c];
            bars.Add(new Bar
            {
                Position = n - 1 - c,
                Value = value,
                Error = double.IsFinite(error) ? error : 0,
                Size = 0.7,
                FillColor = color,
                LineColor = Color.FromHex("#333333"),
                LineWidth = 0.5f,
            });
        }
        var plotted = plot.Add.Bars(bars);
        plotted.Horizontal = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            chart.Categories.Select((name, c) => new Tick(n - 1 - c, name)).ToArray());
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinimumSize = 12 + (7 * chart.Categories.Max(c => c.Length));
        plot.Add.VerticalLine(0, 1, Color.FromHex("#333333"));
        plot.Axes.AutoScale();
        var limits = plot.Axes.GetLimits();
        plot.Axes.SetLimitsX(Math.Min(limits.Left, 0), Math.Max(limits.Right, 0));
        plot.Axes.SetLimitsY(-0.7, n - 0.3);
        plot.Title(chart.Title);
        plot.XLabel(chart.YLabel);
        return plot.GetSvgXml(Width, HeightOf(chart));
    }

    private static string RenderVertical(BarChart chart)
    {
        var plot = new Plot();
        var seriesCount = chart.Series.Count;
        var slot = seriesCount + 1.0; // one empty slot between categories
        var bars = new List<Bar>();
        foreach (var (series, s) in chart.Series.Select((x, i) => (x, i)))
        {
            var color = Color.FromHex(series.Color);
            for (var c = 0; c < chart.Categories.Count; c++)
            {
                var value = series.Values[c];
                if (!double.IsFinite(value)) continue;
                var error = series.Errors[c];
                bars.Add(new Bar
                {
                    Position = (c * slot) + s,
                    Value = value,
                    Error = double.IsFinite(error) ? error : 0,
                    FillColor = color,
                    // The border and the error bar share the line style: dark, so the CI shows on the fill.
                    LineColor = Color.FromHex("#333333"),
                    LineWidth = 1,
                });
            }
        }
        plot.Add.Bars(bars);

        var ticks = chart.Categories
            .Select((name, c) => new Tick((c * slot) + ((seriesCount - 1) / 2.0), name))
            .ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        if (chart.Categories.Count > 6)
        {
            // Long names: rotate, and give the axis room for the longest one (about 7 px a character).
            plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            plot.Axes.Bottom.MinimumSize = 12 + (0.75f * 7 * chart.Categories.Max(c => c.Length));
        }
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Margins(bottom: 0);
        plot.Axes.AutoScale();
        // Bars grow from zero, so zero must be on the axis even when every value is negative.
        var limits = plot.Axes.GetLimits();
        plot.Axes.SetLimitsY(Math.Min(limits.Bottom, 0), Math.Max(limits.Top, 0));
        plot.Title(chart.Title);
        plot.YLabel(chart.YLabel);

        foreach (var series in chart.Series)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = series.Name, FillColor = Color.FromHex(series.Color) });
        }
        if (chart.Series.Count > 1)
        {
            // Outside the data area, so it never hides a bar.
            plot.ShowLegend(Edge.Top);
        }
        return plot.GetSvgXml(Width, Height);
    }
}
