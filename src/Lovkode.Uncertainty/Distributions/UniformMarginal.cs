using Lovkode.Runtime;

namespace Lovkode.Uncertainty.Distributions;

/// <summary>Every value in [Low, High] alike; the point value plays no part in the shape.</summary>
public sealed class UniformMarginal(double point, double low, double high) : Marginal(point, low, high)
{
    public override DistributionShape? Shape => DistributionShape.Uniform;

    protected override double QuantileCore(double u) => Low + u * (High - Low);

    protected override double CdfCore(double x) => (x - Low) / (High - Low);
}
