using System.Globalization;
using Lovkode.Runtime;

namespace Lovkode.Uncertainty.Distributions;

/// <summary>
/// Turns a value's point and declared <see cref="Runtime.Uncertainty"/> into the <see cref="Marginal"/> it is
/// drawn from, with the conventions of <see cref="DistributionShape"/>, or says in one sentence why the
/// range cannot be sampled.
/// </summary>
public static class MarginalFactory
{
    /// <summary>The marginal, or null and a reason a modeller can act on.</summary>
    public static Marginal? TryCreate(double point, Runtime.Uncertainty? range, out string? error)
    {
        error = null;
        if (!double.IsFinite(point)) return Fail($"the point value {F(point)} is not a finite number", out error);
        if (range is null) return new PointMass(point);

        var (low, high) = (range.Low, range.High);
        if (!double.IsFinite(low) || !double.IsFinite(high)) return Fail($"the range [{F(low)}, {F(high)}] has a bound that is not a finite number", out error);
        if (low > high) return Fail($"the range's low bound {F(low)} is above its high bound {F(high)}", out error);
        if (point < low || point > high) return Fail($"the point value {F(point)} lies outside its range [{F(low)}, {F(high)}]", out error);
        if (low == high) return new PointMass(point);

        switch (range.Shape)
        {
            case DistributionShape.Uniform:
                return new UniformMarginal(point, low, high);
            case DistributionShape.Triangular:
                return new TriangularMarginal(point, low, high);
            case DistributionShape.Normal:
                return TruncatedNormalMarginal.ForNormal(point, low, high);
            case DistributionShape.LogNormal:
                if (low <= 0) return Fail($"a lognormal range needs a low bound above 0, not {F(low)}; use normal or triangular for a value that can be 0", out error);
                return TruncatedNormalMarginal.ForLogNormal(point, low, high);
            case DistributionShape.Beta:
                return BetaMarginal.TryCreate(point, low, high, out error);
            default:
                return Fail($"the shape {range.Shape} is not one of uniform, triangular, normal, lognormal, beta", out error);
        }
    }

    /// <summary>The marginal; an <see cref="ArgumentException"/> with the reason when the range cannot be sampled.</summary>
    public static Marginal Create(double point, Runtime.Uncertainty? range) =>
        TryCreate(point, range, out var error) ?? throw new ArgumentException(error);

    private static Marginal? Fail(string message, out string? error)
    {
        error = message;
        return null;
    }

    private static string F(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
