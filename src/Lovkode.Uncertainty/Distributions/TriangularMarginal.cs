using Lovkode.Runtime;

namespace Lovkode.Uncertainty.Distributions;

/// <summary>
/// Triangular on [Low, High] with its mode at the point value. A point at a bound gives a right
/// triangle. The CDF is (x − L)² ÷ ((H − L)(c − L)) left of the mode c and
/// 1 − (H − x)² ÷ ((H − L)(H − c)) right of it; the quantile inverts each piece.
/// </summary>
public sealed class TriangularMarginal : Marginal
{
    private readonly double _modeShare;

    public TriangularMarginal(double point, double low, double high) : base(point, low, high)
    {
        _modeShare = (point - low) / (high - low);
    }

    public override DistributionShape? Shape => DistributionShape.Triangular;

    protected override double QuantileCore(double u) =>
        u <= _modeShare
            ? Low + Math.Sqrt(u * (High - Low) * (Point - Low))
            : High - Math.Sqrt((1 - u) * (High - Low) * (High - Point));

    protected override double CdfCore(double x) =>
        x < Point
            ? (x - Low) * (x - Low) / ((High - Low) * (Point - Low))
            : 1 - (High - x) * (High - x) / ((High - Low) * (High - Point));
}
