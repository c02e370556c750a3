using Lovkode.Runtime;
using Lovkode.Uncertainty.Distributions;

namespace Lovkode.Uncertainty.TestFunctions;

/// <summary>
/// The Ishigami function (Ishigami &amp; Homma, "An importance quantification technique in uncertainty
/// analysis for computer models", ISUMA 1990): f(x) = sin x₁ + a sin² x₂ + b x₃⁴ sin x₁ with three
/// independent inputs uniform on [−π, π]. Strongly non-linear and non-monotonic, with an interaction
/// between x₁ and x₃ and none with x₂: x₃ has a first-order index of 0 but a total index of 0.24
/// (a = 7, b = 0.1). Its indices are known in closed form, so it is the oracle of the estimators' tests.
/// </summary>
public static class Ishigami
{
    public const double DefaultA = 7;
    public const double DefaultB = 0.1;

    public static double Evaluate(ReadOnlySpan<double> x, double a = DefaultA, double b = DefaultB)
    {
        if (x.Length != 3) throw new ArgumentException("the Ishigami function takes 3 inputs", nameof(x));
        var s2 = Math.Sin(x[1]);
        return Math.Sin(x[0]) + a * s2 * s2 + b * Math.Pow(x[2], 4) * Math.Sin(x[0]);
    }

    /// <summary>The three inputs, uniform on [−π, π] with point 0.</summary>
    public static IReadOnlyList<UncertainInput> Inputs { get; } =
    [
        new("x1", 0, new Runtime.Uncertainty(-Math.PI, Math.PI, DistributionShape.Uniform)),
        new("x2", 0, new Runtime.Uncertainty(-Math.PI, Math.PI, DistributionShape.Uniform)),
        new("x3", 0, new Runtime.Uncertainty(-Math.PI, Math.PI, DistributionShape.Uniform)),
    ];
}
