using ScottPlot;

namespace Lovkode.Reports.Html;

/// <summary>One assumption's Sobol' indices with their intervals.</summary>
public sealed record SobolBar(string Name, double First, double FirstLow, double FirstHigh, double Total, double TotalLow, double TotalHigh);

/// <summary>
/// Sobol' indices as horizontal bar pairs, one row per assumption (largest total at the top): the
/// first-order index and the total index, each with its bootstrap interval as an error bar. Long
/// assumption names read along the rows, as in the tornado.
/// </summary>
public sealed record SobolChart(string Title, IReadOnlyList<SobolBar> Bars)
{
    public string ToSvg()
    {
        var plot = new Plot();
        var n = Bars.Count;
        var bars = new List<Bar>();
        for (var i = 0; i < n; i++)
        {
            var row = n - 1 - i;
            var b = Bars[i];
            bars.Add(Pair(row + 0.18, b.First, b.FirstLow, b.FirstHigh, TornadoChart.LowColor));
            bars.Add(Pair(row - 0.18, b.Total, b.TotalLow, b.TotalHigh, TornadoChart.HighColor));
        }
        plot.Add.Bars(bars).Horizontal = true;
        plot.Add.VerticalLine(0, 1, Color.FromHex("#333333"));
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(Bars.Select((b, i) => new Tick(n - 1 - i, b.Name)).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinimumSize = 12 + (7f * Bars.Select(b => b.Name.Length).DefaultIfEmpty(4).Max());
        plot.Title(Title);
        plot.XLabel("share of the outcome's variance");
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "first order (alone)", FillColor = Color.FromHex(TornadoChart.LowColor) });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "total (with interactions)", FillColor = Color.FromHex(TornadoChart.HighColor) });
        plot.ShowLegend(Edge.Top);
        return plot.GetSvgXml(SvgCharts.Width, 140 + (28 * Math.Max(n, 1)));
    }

    /// <summary>A bar at the estimate with an error bar over the interval (drawn symmetric: half its width, centred on the interval).</summary>
    private static Bar Pair(double position, double value, double low, double high, string color) => new()
    {
        Position = position,
        Value = double.IsFinite(value) ? value : 0,
        Error = double.IsFinite(high - low) ? (high - low) / 2 : 0,
        Size = 0.34,
        FillColor = Color.FromHex(color),
        LineColor = Color.FromHex("#333333"),
        LineWidth = 1,
    };
}
