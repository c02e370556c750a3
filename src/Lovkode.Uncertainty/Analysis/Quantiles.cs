namespace Lovkode.Uncertainty.Analysis;

/// <summary>
/// Sample quantiles by linear interpolation between order statistics: Hyndman &amp; Fan's type 7
/// ("Sample quantiles in statistical packages", Am. Stat. 50, 1996), the default of R and NumPy,
/// so a modeller who recomputes an interval from the exported samples gets the same number.
/// </summary>
public static class Quantiles
{
    /// <summary>The p-quantile of <paramref name="sorted"/> (ascending, no NaN), p in [0, 1].</summary>
    public static double OfSorted(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.Length == 0) throw new ArgumentException("no values to take a quantile of", nameof(sorted));
        if (double.IsNaN(p) || p < 0 || p > 1) throw new ArgumentOutOfRangeException(nameof(p), p, "a quantile's probability must lie in [0, 1]");
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>A sorted copy of the values; an error when one is NaN.</summary>
    public static double[] Sorted(ReadOnlySpan<double> values)
    {
        var copy = values.ToArray();
        foreach (var v in copy)
        {
            if (double.IsNaN(v)) throw new ArgumentException("a value is NaN; an outcome must be a number", nameof(values));
        }
        Array.Sort(copy);
        return copy;
    }
}
