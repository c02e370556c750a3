using Lovkode.Runtime;
using Lovkode.Uncertainty.Analysis;
using Lovkode.Uncertainty.Distributions;
using Lovkode.Uncertainty.Sampling;

namespace Lovkode.Uncertainty.Tests.Analysis;

public sealed class OneWayEffectsTests
{
    [Fact]
    public void Bars_give_each_inputs_outcome_at_its_bounds_widest_swing_first()
    {
        var space = InputSpace.Create(
        [
            new UncertainInput("small", 1, new Runtime.Uncertainty(0, 2, DistributionShape.Triangular)),
            new UncertainInput("fixed", 5, null),
            new UncertainInput("large", 10, new Runtime.Uncertainty(8, 20, DistributionShape.Normal)),
            new UncertainInput("negative", 0.5, new Runtime.Uncertainty(0.4, 0.6, DistributionShape.Beta)),
        ]);
        var design = new OneWayDesign(space);
        // y = x0 + x1 + 3 x2 − 100 x3.
        var outputs = design.Samples().Select(s => s.Values[0] + s.Values[1] + 3 * s.Values[2] - 100 * s.Values[3]).ToArray();
        var bars = OneWayEffects.Analyze(design, outputs);

        Assert.Equal(["large", "negative", "small"], bars.Select(b => b.Name));
        var large = bars[0];
        Assert.Equal((2, 8.0, 20.0), (large.Input, large.Low, large.High));
        Assert.Equal(-14, large.Base, 1e-12);
        Assert.Equal(36, large.Swing, 1e-12);
        Assert.Equal(-6, large.LowEffect, 1e-12);
        Assert.Equal(30, large.HighEffect, 1e-12);
        Assert.Equal(20, bars[1].Swing, 1e-12);
        Assert.True(bars[1].AtHigh < bars[1].AtLow);
    }
}
