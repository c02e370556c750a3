using Lovkode.Runtime;
using Lovkode.Uncertainty.Distributions;
using Lovkode.Uncertainty.Sampling;

namespace Lovkode.Uncertainty.Tests.Sampling;

public sealed class OneWayDesignTests
{
    private static readonly InputSpace Space = InputSpace.Create(
    [
        new UncertainInput("hazard", 0.02, new Runtime.Uncertainty(0.01, 0.04, DistributionShape.LogNormal)),
        new UncertainInput("exact", 104, null),
        new UncertainInput("share", 0.5, new Runtime.Uncertainty(0.3, 0.7, DistributionShape.Beta)),
    ]);

    [Fact]
    public void Each_varying_input_goes_to_its_low_and_high_bound_with_the_others_at_their_points()
    {
        var design = new OneWayDesign(Space);
        var rows = design.Samples().Select(s => s.Values).ToArray();
        Assert.Equal(5, design.Count);
        Assert.Equal([0.02, 104, 0.5], rows[0]);
        Assert.Equal([0.01, 104, 0.5], rows[1]);
        Assert.Equal([0.04, 104, 0.5], rows[2]);
        Assert.Equal([0.02, 104, 0.3], rows[3]);
        Assert.Equal([0.02, 104, 0.7], rows[4]);
        Assert.Equal(new OneWayStep(2, OneWayLevel.High), design.Step(4));
        Assert.Equal(3, design.RowOf(2, OneWayLevel.Low));
        Assert.Throws<ArgumentOutOfRangeException>(() => design.RowOf(1, OneWayLevel.Low));
    }
}
