using Lovkode.Runtime;
using Lovkode.Uncertainty.Distributions;
using MathNet.Numerics;

namespace Lovkode.Uncertainty.Tests.Distributions;

/// <summary>
/// Each shape honours the convention documented on <see cref="DistributionShape"/>, checked by
/// integrating the quantile function (E[X] = ∫₀¹ Q(u) du), so the check goes through the code that
/// draws, against formulas written here from the documentation.
/// </summary>
public sealed class MarginalConventionTests
{
    private const int Steps = 20_000;

    [Theory]
    [InlineData(0.30, 0.10, 0.60)]
    [InlineData(0.17, 0.10, 0.90)]
    [InlineData(0.50, 0.00, 1.00)]
    [InlineData(12.0, 4.00, 40.0)]
    public void Beta_has_its_mean_at_the_point_and_a_standard_deviation_of_a_quarter_of_the_range(double point, double low, double high)
    {
        var marginal = MarginalFactory.Create(point, new Runtime.Uncertainty(low, high, DistributionShape.Beta));
        var (mean, sd) = Moments(marginal);
        Assert.Equal(point, mean, 1e-4);
        Assert.Equal((high - low) / 4, sd, 1e-4);
    }

    [Theory]
    [InlineData(2.0, 1.0, 6.0)]
    [InlineData(1.0, 1.0, 6.0)]
    [InlineData(6.0, 1.0, 6.0)]
    public void Triangular_has_its_mode_at_the_point(double point, double low, double high)
    {
        var marginal = MarginalFactory.Create(point, new Runtime.Uncertainty(low, high, DistributionShape.Triangular));
        var (mean, _) = Moments(marginal);
        Assert.Equal((low + high + point) / 3, mean, 1e-4);
        Assert.Equal((point - low) / (high - low), marginal.Cdf(point), 1e-12);
        // The density rises to the mode and falls after it: compare slopes of the CDF either side.
        if (point > low && point < high)
        {
            var h = (high - low) * 1e-3;
            Assert.True(marginal.Cdf(point) - marginal.Cdf(point - h) > marginal.Cdf(point - 10 * h) - marginal.Cdf(point - 11 * h));
            Assert.True(marginal.Cdf(point + h) - marginal.Cdf(point) > marginal.Cdf(point + 11 * h) - marginal.Cdf(point + 10 * h));
        }
    }

    [Theory]
    [InlineData(5.0, 3.0, 7.0)]
    [InlineData(4.0, 3.0, 7.0)]
    [InlineData(3.0, 3.0, 7.0)]
    public void Normal_is_a_normal_with_mean_at_the_point_and_sd_a_quarter_of_the_range_truncated_to_it(double point, double low, double high)
    {
        var marginal = MarginalFactory.Create(point, new Runtime.Uncertainty(low, high, DistributionShape.Normal));
        var sigma = (high - low) / 4;
        var (mean, sd) = Moments(marginal);
        var (expectedMean, expectedSd) = TruncatedNormalMoments(point, sigma, low, high);
        Assert.Equal(expectedMean, mean, 1e-4);
        Assert.Equal(expectedSd, sd, 1e-4);
    }

    [Theory]
    [InlineData(2.0, 1.0, 4.0)]
    [InlineData(1.5, 1.0, 4.0)]
    [InlineData(0.02, 0.005, 0.2)]
    public void LogNormal_has_its_log_normal_with_median_at_the_point_and_sigma_a_quarter_of_the_log_range(double point, double low, double high)
    {
        var marginal = MarginalFactory.Create(point, new Runtime.Uncertainty(low, high, DistributionShape.LogNormal));
        var sigma = Math.Log(high / low) / 4;
        // On the log scale the draws are the truncated normal of the convention.
        double mean = 0, square = 0;
        for (var k = 0; k < Steps; k++)
        {
            var y = Math.Log(marginal.Quantile((k + 0.5) / Steps));
            mean += y / Steps;
            square += y * y / Steps;
        }
        var (expectedMean, expectedSd) = TruncatedNormalMoments(Math.Log(point), sigma, Math.Log(low), Math.Log(high));
        Assert.Equal(expectedMean, mean, 1e-4);
        Assert.Equal(expectedSd, Math.Sqrt(square - mean * mean), 1e-4);
        if (Math.Abs(Math.Log(point / low) - Math.Log(high / point)) < 1e-12)
        {
            Assert.Equal(point, marginal.Quantile(0.5), 1e-10);
        }
    }

    [Fact]
    public void Uniform_spreads_evenly_over_the_range_whatever_the_point()
    {
        var marginal = MarginalFactory.Create(1.0, new Runtime.Uncertainty(1.0, 5.0, DistributionShape.Uniform));
        Assert.Equal(3.0, marginal.Quantile(0.5), 1e-12);
        Assert.Equal(0.25, marginal.Cdf(2.0), 1e-12);
    }

    [Theory]
    [InlineData(DistributionShape.Uniform)]
    [InlineData(DistributionShape.Triangular)]
    [InlineData(DistributionShape.Normal)]
    [InlineData(DistributionShape.LogNormal)]
    [InlineData(DistributionShape.Beta)]
    public void Draws_never_leave_the_range_and_the_quantile_inverts_the_cdf(DistributionShape shape)
    {
        var marginal = MarginalFactory.Create(0.3, new Runtime.Uncertainty(0.1, 0.9, shape));
        Assert.Equal(0.1, marginal.Quantile(0), 1e-12);
        Assert.Equal(0.9, marginal.Quantile(1), 1e-12);
        var previous = double.NegativeInfinity;
        for (var k = 0; k <= 1000; k++)
        {
            var u = k / 1000.0;
            var x = marginal.Quantile(u);
            Assert.InRange(x, 0.1, 0.9);
            Assert.True(x >= previous, $"the quantile must not decrease (u = {u})");
            previous = x;
            if (k > 0 && k < 1000) Assert.Equal(u, marginal.Cdf(x), 1e-9);
        }
    }

    private static (double Mean, double Sd) Moments(Marginal marginal)
    {
        double mean = 0, square = 0;
        for (var k = 0; k < Steps; k++)
        {
            var x = marginal.Quantile((k + 0.5) / Steps);
            mean += x / Steps;
            square += x * x / Steps;
        }
        return (mean, Math.Sqrt(square - mean * mean));
    }

    /// <summary>The mean and sd of N(μ, σ²) truncated to [a, b] (Johnson, Kotz &amp; Balakrishnan, vol. 1, §10.1).</summary>
    private static (double Mean, double Sd) TruncatedNormalMoments(double mu, double sigma, double a, double b)
    {
        var alpha = (a - mu) / sigma;
        var beta = (b - mu) / sigma;
        static double Phi(double z) => 0.5 * SpecialFunctions.Erfc(-z / Math.Sqrt(2));
        static double Density(double z) => Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI);
        var z = Phi(beta) - Phi(alpha);
        var mean = mu + sigma * (Density(alpha) - Density(beta)) / z;
        var variance = sigma * sigma * (1 + (alpha * Density(alpha) - beta * Density(beta)) / z
            - Math.Pow((Density(alpha) - Density(beta)) / z, 2));
        return (mean, Math.Sqrt(variance));
    }
}
