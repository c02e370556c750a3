using ScottPlot;

namespace Lovkode.Reports.Html;

/// <summary>One bar of a tornado: the outcome with the assumption at its low and at its high bound.</summary>
public sealed record TornadoBar(string Name, double AtLow, double AtHigh);

/// <summary>
/// A tornado chart: each assumption a horizontal bar from the base (every assumption at its point)
/// to the outcome with the assumption at its low bound (one colour) and at its high bound (another),
/// widest swing at the top.
/// </summary>
public sealed record TornadoChart(string Title, string XLabel, double Base, IReadOnlyList<TornadoBar> Bars)
{
    public const string LowColor = "#4c72b0";
    public const string HighColor = "#dd8452";

    /// <summary>The chart as inline SVG (ScottPlot escapes its text).</summary>
    public string ToSvg()
    {
        var plot = new Plot();
        var n = Bars.Count;
        var bars = new List<Bar>();
        for (var i = 0; i < n; i++)
        {
            var position = n - 1 - i;
            // The longer end first: when both ends lie on one side of the base, the shorter is drawn over it and both show.
            var ends = new[] { (Value: Bars[i].AtLow, Color: LowColor), (Value: Bars[i].AtHigh, Color: HighColor) }
                .OrderByDescending(e => Math.Abs(e.Value - Base));
            foreach (var (value, color) in ends)
            {
                if (!double.IsFinite(value)) continue;
                bars.Add(new Bar { Position = position, ValueBase = Base, Value = value, FillColor = Color.FromHex(color), LineColor = Color.FromHex("#333333"), LineWidth = 1, Size = 0.7 });
            }
        }
        plot.Add.Bars(bars).Horizontal = true;
        plot.Add.VerticalLine(Base, 1, Color.FromHex("#333333"));
        var ticks = Bars.Select((b, i) => new Tick(n - 1 - i, b.Name)).ToArray();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        // Room for the longest name (about 7 px a character).
        plot.Axes.Left.MinimumSize = 12 + (7f * Bars.Select(b => b.Name.Length).DefaultIfEmpty(4).Max());
        plot.Title(Title);
        plot.XLabel(XLabel);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "assumption at its low bound", FillColor = Color.FromHex(LowColor) });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "assumption at its high bound", FillColor = Color.FromHex(HighColor) });
        plot.ShowLegend(Edge.Top);
        return plot.GetSvgXml(SvgCharts.Width, 140 + (24 * Math.Max(n, 1)));
    }
}
