using Lovkode.Runtime;

namespace Lovkode.Uncertainty.Distributions;

/// <summary>A value taken as exact (no range, or a range with Low = High): every draw is the point.</summary>
public sealed class PointMass(double point) : Marginal(point, point, point)
{
    public override bool IsDegenerate => true;

    public override DistributionShape? Shape => null;

    protected override double QuantileCore(double u) => Point;

    protected override double CdfCore(double x) => x >= Point ? 1 : 0;
}
