using Lovkode.Runtime;
using Lovkode.Uncertainty.Distributions;

namespace Lovkode.Uncertainty.TestFunctions;

/// <summary>
/// Sobol's G function (Saltelli &amp; Sobol', "About the use of rank transformation in sensitivity
/// analysis of model output", Reliab. Eng. Syst. Saf. 50, 1995): g(x) = Π_i (|4x_i − 2| + a_i) ÷ (1 + a_i)
/// with inputs uniform on [0, 1]. The non-negative a_i set each input's importance (a_i = 0 most
/// important, a_i ≥ 99 almost none), and every input interacts with every other. Its indices are
/// known in closed form (the tests compute them), in any number of dimensions.
/// </summary>
public static class SobolG
{
    public static double Evaluate(ReadOnlySpan<double> x, ReadOnlySpan<double> a)
    {
        if (x.Length != a.Length) throw new ArgumentException("the G function takes one coefficient per input", nameof(a));
        double g = 1;
        for (var i = 0; i < x.Length; i++) g *= (Math.Abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
        return g;
    }

    /// <summary><paramref name="dimensions"/> inputs uniform on [0, 1] with point ½.</summary>
    public static IReadOnlyList<UncertainInput> Inputs(int dimensions) =>
        Enumerable.Range(1, dimensions).Select(i => new UncertainInput($"x{i}", 0.5, new Runtime.Uncertainty(0, 1, DistributionShape.Uniform))).ToArray();
}
