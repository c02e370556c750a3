using Lovkode.Uncertainty.Analysis;

namespace Lovkode.Uncertainty.Tests.Analysis;

public sealed class OutcomeSummaryTests
{
    [Fact]
    public void Quantiles_interpolate_between_order_statistics_as_r_and_numpy_do()
    {
        // R: quantile(c(1, 2, 3, 4, 10), c(.05, .25, .5, .975)) gives 1.2, 2, 3, 9.4 (type 7).
        double[] sorted = [1, 2, 3, 4, 10];
        Assert.Equal(1.2, Quantiles.OfSorted(sorted, 0.05), 1e-12);
        Assert.Equal(2.0, Quantiles.OfSorted(sorted, 0.25), 1e-12);
        Assert.Equal(3.0, Quantiles.OfSorted(sorted, 0.5), 1e-12);
        Assert.Equal(9.4, Quantiles.OfSorted(sorted, 0.975), 1e-12);
        Assert.Equal(1.0, Quantiles.OfSorted(sorted, 0), 1e-12);
        Assert.Equal(10.0, Quantiles.OfSorted(sorted, 1), 1e-12);
    }

    [Fact]
    public void A_summary_reports_the_point_given_and_the_samples_spread()
    {
        var samples = Enumerable.Range(1, 101).Select(i => (double)i).Reverse().ToArray();
        var summary = OutcomeSummary.Of(point: 50.5, samples);
        Assert.Equal(50.5, summary.Point);
        Assert.Equal(101, summary.Count);
        Assert.Equal(51, summary.Median);
        Assert.Equal(51, summary.Mean, 1e-12);
        Assert.Equal(Math.Sqrt(101 * 102 / 12.0), summary.StandardDeviation, 1e-12);
        Assert.Equal(6, summary.Interval90.Low, 1e-12);
        Assert.Equal(96, summary.Interval90.High, 1e-12);
        Assert.Equal(3.5, summary.Interval95.Low, 1e-12);
        Assert.Equal(98.5, summary.Interval95.High, 1e-12);
    }

    [Fact]
    public void Streaming_the_samples_gives_the_same_summary_as_holding_them()
    {
        var values = Enumerable.Range(0, 1000).Select(i => Math.Sin(i) * 1e6 + 3e9).ToArray();
        var left = new OutcomeAccumulator();
        var right = new OutcomeAccumulator();
        for (var i = 0; i < 500; i++) left.Add(values[i]);
        for (var i = 500; i < 1000; i++) right.Add(values[i]);
        left.Merge(right);
        Assert.Equal(OutcomeSummary.Of(3e9, values), left.Summarize(3e9));
    }

    [Fact]
    public void A_collapsed_analysis_reproduces_the_point_exactly()
    {
        var summary = OutcomeSummary.Of(-0.295, Enumerable.Repeat(-0.295, 200).ToArray());
        Assert.Equal(-0.295, summary.Median);
        Assert.Equal(new Interval(0.95, -0.295, -0.295), summary.Interval95);
        Assert.Equal(0, summary.StandardDeviation);
    }

    [Fact]
    public void Nan_or_no_samples_are_refused()
    {
        Assert.Throws<ArgumentException>(() => OutcomeSummary.Of(0, []));
        Assert.Throws<ArgumentException>(() => OutcomeSummary.Of(0, [1, double.NaN]));
        Assert.Throws<ArgumentException>(() => new OutcomeAccumulator().Add(double.NaN));
    }
}
