using Lovkode.Runtime;
using Lovkode.Uncertainty.Distributions;
using Lovkode.Uncertainty.Sampling;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Lovkode.Uncertainty.Tests.Sampling;

public sealed class LatinHypercubeTests
{
    [Theory]
    [InlineData(1, 3)]
    [InlineData(7, 5)]
    [InlineData(200, 40)]
    [InlineData(1000, 2)]
    public void Every_stratum_of_every_dimension_is_hit_exactly_once(int count, int dimensions)
    {
        var design = new LatinHypercube(count, dimensions, seed: 11);
        var hits = new int[dimensions, count];
        var unit = new double[dimensions];
        for (var row = 0; row < count; row++)
        {
            design.Fill(row, unit);
            for (var d = 0; d < dimensions; d++)
            {
                var k = design.Stratum(row, d);
                Assert.InRange(unit[d], (double)k / count, Math.BitDecrement((k + 1.0) / count));
                hits[d, k]++;
            }
        }
        foreach (var h in hits) Assert.Equal(1, h);
    }

    [Fact]
    public void The_same_seed_gives_the_same_design_and_another_seed_another()
    {
        var a = Rows(new LatinHypercube(50, 6, seed: 2026));
        var b = Rows(new LatinHypercube(50, 6, seed: 2026));
        var c = Rows(new LatinHypercube(50, 6, seed: 2027));
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Adding_a_dimension_leaves_the_other_columns_unchanged()
    {
        var narrow = Rows(new LatinHypercube(30, 3, seed: 5));
        var wide = Rows(new LatinHypercube(30, 4, seed: 5));
        for (var row = 0; row < 30; row++) Assert.Equal(narrow[row], wide[row][..3]);
    }

    [Fact]
    public void Rows_made_in_any_order_on_any_thread_are_the_same()
    {
        var design = new LatinHypercube(500, 8, seed: 99);
        var sequential = Rows(design);
        var parallel = new double[500][];
        Parallel.For(0, 500, new ParallelOptions { MaxDegreeOfParallelism = 4 }, row =>
        {
            var unit = new double[8];
            design.Fill(499 - row, unit);
            parallel[499 - row] = unit;
        });
        Assert.Equal(sequential, parallel);
    }

    /// <summary>
    /// The marginals of a hypercube over every shape match the declared distribution: the
    /// Kolmogorov–Smirnov distance to an oracle CDF built here from MathNet's distributions and the
    /// documented conventions is below the 5% critical value 1.36 ÷ √N, and indeed below 1 ÷ N + 1e-9,
    /// which stratification guarantees when the quantile is right.
    /// </summary>
    [Fact]
    public void The_marginals_match_each_declared_distribution_by_a_kolmogorov_smirnov_bound()
    {
        var inputs = new (UncertainInput Input, Func<double, double> Cdf)[]
        {
            (new("uniform", 0.2, new Runtime.Uncertainty(0.1, 0.6, DistributionShape.Uniform)), x => new ContinuousUniform(0.1, 0.6).CumulativeDistribution(x)),
            (new("triangular", 0.2, new Runtime.Uncertainty(0.1, 0.6, DistributionShape.Triangular)), x => new Triangular(0.1, 0.6, 0.2).CumulativeDistribution(x)),
            (new("normal", 20, new Runtime.Uncertainty(10, 26, DistributionShape.Normal)), x => Truncated(new Normal(20, 4), 10, 26, x)),
            (new("lognormal", 1.15, new Runtime.Uncertainty(1.0, 1.6, DistributionShape.LogNormal)), x => Truncated(new LogNormal(Math.Log(1.15), Math.Log(1.6) / 4), 1.0, 1.6, x)),
            (new("beta", 0.5, new Runtime.Uncertainty(0.3, 0.8, DistributionShape.Beta)), x => BetaOracle(0.5, 0.3, 0.8, x)),
            (new("beta-skewed", 0.2, new Runtime.Uncertainty(0.05, 0.95, DistributionShape.Beta)), x => BetaOracle(0.2, 0.05, 0.95, x)),
        };
        var space = InputSpace.Create(inputs.Select(i => i.Input));
        const int n = 2000;
        var design = new LatinHypercube(n, space.Dimensions, seed: 13);
        var columns = new double[inputs.Length][];
        for (var d = 0; d < inputs.Length; d++) columns[d] = new double[n];
        foreach (var sample in space.Samples(design))
        {
            for (var d = 0; d < inputs.Length; d++) columns[d][sample.Row] = sample.Values[d];
        }
        for (var d = 0; d < inputs.Length; d++)
        {
            var distance = KolmogorovSmirnov(columns[d], inputs[d].Cdf);
            Assert.True(distance < 1.36 / Math.Sqrt(n), $"{inputs[d].Input.Name}: D = {distance}");
            Assert.True(distance <= 1.0 / n + 1e-9, $"{inputs[d].Input.Name}: D = {distance} exceeds the stratified bound 1/N");
        }
    }

    [Fact]
    public void A_wrong_distribution_fails_the_same_bound()
    {
        // The check can fail: the beta's draws against a uniform oracle on the same range.
        var space = InputSpace.Create([new UncertainInput("beta", 0.5, new Runtime.Uncertainty(0.3, 0.8, DistributionShape.Beta))]);
        var values = space.Samples(new LatinHypercube(2000, 1, seed: 13)).Select(s => s.Values[0]).ToArray();
        Assert.True(KolmogorovSmirnov(values, x => new ContinuousUniform(0.3, 0.8).CumulativeDistribution(x)) > 1.36 / Math.Sqrt(2000));
    }

    private static double KolmogorovSmirnov(double[] sample, Func<double, double> cdf)
    {
        var sorted = sample.Order().ToArray();
        double d = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var f = cdf(sorted[i]);
            d = Math.Max(d, Math.Max(f - (double)i / sorted.Length, (i + 1.0) / sorted.Length - f));
        }
        return d;
    }

    private static double Truncated(IContinuousDistribution parent, double low, double high, double x) =>
        (parent.CumulativeDistribution(x) - parent.CumulativeDistribution(low)) / (parent.CumulativeDistribution(high) - parent.CumulativeDistribution(low));

    /// <summary>Beta with mean at the point and sd (high − low) ÷ 4, by the method of moments, written from the documentation.</summary>
    private static double BetaOracle(double point, double low, double high, double x)
    {
        var m = (point - low) / (high - low);
        var v = 1.0 / 16;
        var common = m * (1 - m) / v - 1;
        return SpecialFunctions.BetaRegularized(m * common, (1 - m) * common, (x - low) / (high - low));
    }

    private static double[][] Rows(IUnitDesign design)
    {
        var rows = new double[design.Count][];
        for (var r = 0; r < design.Count; r++)
        {
            rows[r] = new double[design.Dimensions];
            design.Fill(r, rows[r]);
        }
        return rows;
    }
}
