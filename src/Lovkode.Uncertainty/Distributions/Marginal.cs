using Lovkode.Runtime;

namespace Lovkode.Uncertainty.Distributions;

/// <summary>
/// The distribution one uncertain value is drawn from, sampled by its inverse CDF: a design
/// supplies a uniform number u in [0, 1) and <see cref="Quantile"/> turns it into a value. Every
/// marginal is bounded to [<see cref="Low"/>, <see cref="High"/>], so no draw ever leaves the range
/// a modeller declared. Made by <see cref="MarginalFactory"/> from a value's point and its
/// <see cref="Runtime.Uncertainty"/>, with the conventions documented on <see cref="DistributionShape"/>.
/// </summary>
public abstract class Marginal
{
    protected Marginal(double point, double low, double high)
    {
        Point = point;
        Low = low;
        High = high;
    }

    /// <summary>The value the model runs with when nothing varies.</summary>
    public double Point { get; }

    /// <summary>The least value a draw can take.</summary>
    public double Low { get; }

    /// <summary>The greatest value a draw can take.</summary>
    public double High { get; }

    /// <summary>Whether every draw is the point value (no range, or Low = High).</summary>
    public virtual bool IsDegenerate => false;

    /// <summary>The shape, or null for a point mass.</summary>
    public abstract DistributionShape? Shape { get; }

    /// <summary>The value below which a share <paramref name="u"/> of draws fall; u in [0, 1], result in [Low, High].</summary>
    public double Quantile(double u)
    {
        if (double.IsNaN(u) || u < 0 || u > 1) throw new ArgumentOutOfRangeException(nameof(u), u, "a quantile's probability must lie in [0, 1]");
        return Math.Clamp(QuantileCore(u), Low, High);
    }

    /// <summary>The share of draws at or below <paramref name="x"/>.</summary>
    public double Cdf(double x)
    {
        if (x < Low) return 0;
        if (x >= High) return 1;
        return Math.Clamp(CdfCore(x), 0, 1);
    }

    protected abstract double QuantileCore(double u);

    protected abstract double CdfCore(double x);
}
