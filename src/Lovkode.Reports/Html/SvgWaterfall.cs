using ScottPlot;

namespace Lovkode.Reports.Html;

/// <summary>
/// A waterfall: from zero, one step per provision (its share of the delta, up or down), then the
/// total as a bar from zero, where the steps end. Drawn with ScottPlot as inline SVG, as
/// <see cref="SvgCharts"/> draws the bar charts.
/// </summary>
public static class SvgWaterfall
{
    private const string Decrease = "#55a868";
    private const string Increase = "#c44e52";
    private const string Total = "#4c72b0";

    public static string Render(WaterfallChart chart)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        var running = 0.0;
        for (var i = 0; i < chart.Steps.Count; i++)
        {
            var step = chart.Steps[i];
            var next = running + step.Value;
            bars.Add(new Bar
            {
                Position = i,
                ValueBase = running,
                Value = next,
                Error = double.IsFinite(step.Error) ? step.Error : 0,
                FillColor = Color.FromHex(step.Value < 0 ? Decrease : Increase),
                LineColor = Color.FromHex("#333333"),
                LineWidth = 1,
            });
            running = next;
        }
        bars.Add(new Bar
        {
            Position = chart.Steps.Count,
            ValueBase = 0,
            Value = chart.Total,
            Error = double.IsFinite(chart.TotalError) ? chart.TotalError : 0,
            FillColor = Color.FromHex(Total),
            LineColor = Color.FromHex("#333333"),
            LineWidth = 1,
        });
        plot.Add.Bars(bars);

        var labels = chart.Steps.Select(s => s.Label).Append(chart.TotalLabel).ToList();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(labels.Select((l, i) => new Tick(i, l)).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 12 + (0.75f * 7 * labels.Max(l => l.Length));
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.AutoScale();
        var limits = plot.Axes.GetLimits();
        plot.Axes.SetLimitsY(Math.Min(limits.Bottom, 0), Math.Max(limits.Top, 0));
        plot.Add.HorizontalLine(0, 1, Color.FromHex("#333333"));
        plot.Title(chart.Title);
        plot.YLabel(chart.YLabel);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "lowers the metric", FillColor = Color.FromHex(Decrease) });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "raises it", FillColor = Color.FromHex(Increase) });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "total delta", FillColor = Color.FromHex(Total) });
        plot.ShowLegend(Edge.Top);
        return plot.GetSvgXml(SvgCharts.Width, SvgCharts.Height + 120);
    }
}

/// <summary>One step of a waterfall: its label, its size and its error bar (NaN: none).</summary>
public sealed record WaterfallStep(string Label, double Value, double Error);

/// <summary>Steps from zero to <see cref="Total"/>, which they add up to, and the total's bar.</summary>
public sealed record WaterfallChart(string Title, string YLabel, IReadOnlyList<WaterfallStep> Steps, string TotalLabel, double Total, double TotalError);
