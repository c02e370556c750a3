namespace Lovkode.Uncertainty.Analysis;

/// <summary>A central interval of the samples: the (1 − level) ÷ 2 and (1 + level) ÷ 2 quantiles.</summary>
public readonly record struct Interval(double Level, double Low, double High);

/// <summary>
/// What the samples of one outcome say: the point (the run with every input at its point value,
/// which the caller supplies: it is not a statistic of the samples), the median, the mean and
/// standard deviation, and the 90% and 95% uncertainty intervals (type-7 quantiles, see
/// <see cref="Quantiles"/>).
/// </summary>
public sealed record OutcomeSummary(
    double Point,
    int Count,
    double Mean,
    double StandardDeviation,
    double Median,
    Interval Interval90,
    Interval Interval95)
{
    /// <summary>The summary of <paramref name="samples"/> (at least one, no NaN) around <paramref name="point"/>.</summary>
    public static OutcomeSummary Of(double point, ReadOnlySpan<double> samples)
    {
        var sorted = Quantiles.Sorted(samples);
        if (sorted.Length == 0) throw new ArgumentException("an outcome summary needs at least one sample", nameof(samples));
        double mean = 0;
        for (var i = 0; i < sorted.Length; i++) mean += (sorted[i] - mean) / (i + 1);
        double ss = 0;
        foreach (var v in sorted) ss += (v - mean) * (v - mean);
        var sd = sorted.Length > 1 ? Math.Sqrt(ss / (sorted.Length - 1)) : 0;
        return new OutcomeSummary(
            point,
            sorted.Length,
            mean,
            sd,
            Quantiles.OfSorted(sorted, 0.5),
            IntervalOf(sorted, 0.90),
            IntervalOf(sorted, 0.95));
    }

    /// <summary>The central interval at <paramref name="level"/> of ascending values.</summary>
    public static Interval IntervalOf(ReadOnlySpan<double> sorted, double level) =>
        new(level, Quantiles.OfSorted(sorted, (1 - level) / 2), Quantiles.OfSorted(sorted, (1 + level) / 2));
}

/// <summary>
/// Collects one outcome's value per sample as the runs stream in, and summarises at the end. It keeps
/// one double per sample: quantiles need them all, and that is the per-sample summary a caller keeps
/// anyway. Not thread-safe; give each thread its own and <see cref="Merge"/> them, or add in row order.
/// </summary>
public sealed class OutcomeAccumulator
{
    private readonly List<double> _values = [];

    public int Count => _values.Count;

    public void Add(double value)
    {
        if (double.IsNaN(value)) throw new ArgumentException("an outcome must be a number, not NaN", nameof(value));
        _values.Add(value);
    }

    public void Merge(OutcomeAccumulator other) => _values.AddRange(other._values);

    public OutcomeSummary Summarize(double point) => OutcomeSummary.Of(point, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_values));
}
