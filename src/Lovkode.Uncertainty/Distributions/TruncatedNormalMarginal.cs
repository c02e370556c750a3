using Lovkode.Runtime;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Lovkode.Uncertainty.Distributions;

/// <summary>
/// A normal distribution truncated to [Low, High]. With <see cref="ForNormal"/> its parent has its
/// mean at the point value and standard deviation (High − Low) ÷ 4; with <see cref="ForLogNormal"/>
/// the same construction is made on the logarithm of the value (median at the point,
/// σ = ln(High ÷ Low) ÷ 4), and draws are exponentiated.
/// </summary>
/// <remarks>
/// The quantile is μ + σ Φ⁻¹(Φ(α) + u (Φ(β) − Φ(α))) with α, β the standardised bounds. Because the
/// point lies inside the bounds and σ is a quarter of the range, α and β lie in [−4, 4], where Φ has
/// full relative precision: no tail trick is needed. The truncated distribution's own mean is not
/// the point when the point is off the middle of the range: the convention fixes the parent.
/// </remarks>
public sealed class TruncatedNormalMarginal : Marginal
{
    private readonly bool _logScale;
    private readonly double _mu;
    private readonly double _sigma;
    private readonly double _phiLow;
    private readonly double _phiHigh;

    private TruncatedNormalMarginal(double point, double low, double high, bool logScale) : base(point, low, high)
    {
        _logScale = logScale;
        var (l, h, p) = logScale ? (Math.Log(low), Math.Log(high), Math.Log(point)) : (low, high, point);
        _mu = p;
        _sigma = (h - l) / 4;
        _phiLow = StandardCdf((l - _mu) / _sigma);
        _phiHigh = StandardCdf((h - _mu) / _sigma);
    }

    /// <summary>Normal with mean at the point and standard deviation (High − Low) ÷ 4, truncated to [Low, High].</summary>
    public static TruncatedNormalMarginal ForNormal(double point, double low, double high) => new(point, low, high, logScale: false);

    /// <summary>Log-normal with median at the point and σ of the log ln(High ÷ Low) ÷ 4, truncated to [Low, High]; Low &gt; 0.</summary>
    public static TruncatedNormalMarginal ForLogNormal(double point, double low, double high) => new(point, low, high, logScale: true);

    public override DistributionShape? Shape => _logScale ? DistributionShape.LogNormal : DistributionShape.Normal;

    protected override double QuantileCore(double u)
    {
        var p = _phiLow + u * (_phiHigh - _phiLow);
        var z = Normal.InvCDF(0, 1, p);
        var y = _mu + _sigma * z;
        return _logScale ? Math.Exp(y) : y;
    }

    protected override double CdfCore(double x)
    {
        var y = _logScale ? Math.Log(x) : x;
        return (StandardCdf((y - _mu) / _sigma) - _phiLow) / (_phiHigh - _phiLow);
    }

    private static double StandardCdf(double z) => 0.5 * SpecialFunctions.Erfc(-z / Math.Sqrt(2));
}
