using FsCheck;
using FsCheck.Xunit;
using Lovkode.Runtime;
using Lovkode.Uncertainty.Distributions;

namespace Lovkode.Uncertainty.Tests.Distributions;

public sealed class MarginalFactoryTests
{
    [Property(MaxTest = 500)]
    public bool A_collapsed_range_always_yields_the_point(NormalFloat point, byte shape, ushort u)
    {
        var p = point.Get;
        var s = (DistributionShape)(shape % 5);
        if (s == DistributionShape.LogNormal && p <= 0) p = Math.Abs(p) + 1;
        var marginal = MarginalFactory.Create(p, new Runtime.Uncertainty(p, p, s));
        var none = MarginalFactory.Create(p, null);
        var q = u / (double)ushort.MaxValue;
        return marginal.IsDegenerate && none.IsDegenerate && marginal.Quantile(q) == p && none.Quantile(q) == p;
    }

    [Theory]
    [InlineData(0.5, 0.6, 0.4, DistributionShape.Uniform, "low bound 0.6 is above its high bound 0.4")]
    [InlineData(0.7, 0.1, 0.6, DistributionShape.Triangular, "point value 0.7 lies outside its range [0.1, 0.6]")]
    [InlineData(0.5, 0.0, 1.0, DistributionShape.LogNormal, "lognormal range needs a low bound above 0")]
    [InlineData(0.02, 0.0, 1.0, DistributionShape.Beta, "middle 86.6% of its range")]
    [InlineData(0.0, 0.0, 1.0, DistributionShape.Beta, "middle 86.6% of its range")]
    [InlineData(double.NaN, 0.0, 1.0, DistributionShape.Uniform, "not a finite number")]
    [InlineData(0.5, 0.0, double.PositiveInfinity, DistributionShape.Uniform, "not a finite number")]
    public void A_range_that_cannot_be_sampled_gets_a_reason(double point, double low, double high, DistributionShape shape, string reason)
    {
        Assert.Null(MarginalFactory.TryCreate(point, new Runtime.Uncertainty(low, high, shape), out var error));
        Assert.Contains(reason, error);
        Assert.Contains(reason, Assert.Throws<ArgumentException>(() => MarginalFactory.Create(point, new Runtime.Uncertainty(low, high, shape))).Message);
    }

    [Fact]
    public void An_unknown_shape_is_named()
    {
        Assert.Null(MarginalFactory.TryCreate(0.5, new Runtime.Uncertainty(0, 1, (DistributionShape)42), out var error));
        Assert.Contains("42", error);
    }

    [Fact]
    public void The_beta_band_edges_are_where_the_convention_stops_having_a_beta()
    {
        var (min, max) = BetaMarginal.FeasibleMean;
        Assert.NotNull(MarginalFactory.TryCreate(min + 1e-6, new Runtime.Uncertainty(0, 1, DistributionShape.Beta), out _));
        Assert.Null(MarginalFactory.TryCreate(min - 1e-6, new Runtime.Uncertainty(0, 1, DistributionShape.Beta), out _));
        Assert.NotNull(MarginalFactory.TryCreate(max - 1e-6, new Runtime.Uncertainty(0, 1, DistributionShape.Beta), out _));
        Assert.Null(MarginalFactory.TryCreate(max + 1e-6, new Runtime.Uncertainty(0, 1, DistributionShape.Beta), out _));
    }

    [Fact]
    public void An_input_space_names_every_bad_input_and_keeps_fixed_ones_out_of_the_design()
    {
        Assert.Null(InputSpace.TryCreate(
            [
                new UncertainInput("a", 2, new Runtime.Uncertainty(3, 4, DistributionShape.Uniform)),
                new UncertainInput("b", 0.5, new Runtime.Uncertainty(0, 1, DistributionShape.Beta)),
                new UncertainInput("c", 0, new Runtime.Uncertainty(-1, 1, DistributionShape.LogNormal)),
                new UncertainInput("b", 0.5, null),
            ],
            out var errors));
        Assert.Equal(["a: the point value 2 lies outside its range [3, 4]", "c: a lognormal range needs a low bound above 0, not -1; use normal or triangular for a value that can be 0", "b: the name is given twice"], errors);

        var space = InputSpace.Create(
        [
            new UncertainInput("fixed", 7, null),
            new UncertainInput("varies", 0.5, new Runtime.Uncertainty(0, 1, DistributionShape.Uniform)),
            new UncertainInput("collapsed", 3, new Runtime.Uncertainty(3, 3, DistributionShape.Normal)),
        ]);
        Assert.Equal([1], space.Varying);
        var values = new double[3];
        space.ToValues([0.25], values);
        Assert.Equal([7, 0.25, 3], values);
    }
}
