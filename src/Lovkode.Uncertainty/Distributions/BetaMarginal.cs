using Lovkode.Runtime;
using MathNet.Numerics;

namespace Lovkode.Uncertainty.Distributions;

/// <summary>
/// Beta on [Low, High] with mean at the point value and standard deviation (High − Low) ÷ 4, the
/// shape for shares. On the unit scale the mean is m = (point − Low) ÷ (High − Low) and the
/// variance 1/16, so the method of moments gives α + β = 16 m (1 − m) − 1, α = m (α + β),
/// β = (1 − m)(α + β).
/// </summary>
/// <remarks>
/// A beta with that variance exists only when m (1 − m) &gt; 1/16, that is when the point lies in the
/// middle 86.6% of its range (m between (2 − √3) ÷ 4 ≈ 0.067 and (2 + √3) ÷ 4 ≈ 0.933);
/// <see cref="MarginalFactory"/> refuses other ranges with a message rather than silently changing
/// the spread the modeller declared.
/// </remarks>
public sealed class BetaMarginal : Marginal
{
    private readonly BetaQuantile _quantile;

    private BetaMarginal(double point, double low, double high, double alpha, double beta) : base(point, low, high)
    {
        Alpha = alpha;
        Beta = beta;
        _quantile = new BetaQuantile(alpha, beta);
    }

    /// <summary>The first shape parameter on the unit scale.</summary>
    public double Alpha { get; }

    /// <summary>The second shape parameter on the unit scale.</summary>
    public double Beta { get; }

    public override DistributionShape? Shape => DistributionShape.Beta;

    /// <summary>The least and greatest mean on the unit scale for which the convention's beta exists.</summary>
    public static readonly (double Min, double Max) FeasibleMean = ((2 - Math.Sqrt(3)) / 4, (2 + Math.Sqrt(3)) / 4);

    /// <summary>The beta of the convention, or null with the reason when the point is too near a bound.</summary>
    internal static BetaMarginal? TryCreate(double point, double low, double high, out string? reason)
    {
        var m = (point - low) / (high - low);
        var sum = 16 * m * (1 - m) - 1;
        if (!(sum > 0))
        {
            reason = $"a beta with mean at the point and standard deviation (high − low) ÷ 4 needs the point in the middle 86.6% of its range, but {Format(point)} lies at {Format(100 * m)}% of [{Format(low)}, {Format(high)}]; widen the range or choose triangular";
            return null;
        }
        reason = null;
        return new BetaMarginal(point, low, high, m * sum, (1 - m) * sum);
    }

    protected override double QuantileCore(double u) => Low + (High - Low) * _quantile.Of(u);

    protected override double CdfCore(double x) => SpecialFunctions.BetaRegularized(Alpha, Beta, (x - Low) / (High - Low));

    private static string Format(double value) => value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
}
