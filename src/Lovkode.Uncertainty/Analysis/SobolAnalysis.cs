using Lovkode.Uncertainty.Randomness;
using Lovkode.Uncertainty.Sampling;

namespace Lovkode.Uncertainty.Analysis;

/// <summary>How to bootstrap the Sobol' indices' intervals.</summary>
/// <param name="Resamples">Bootstrap resamples of the base rows (1000 gives stable 95% percentiles).</param>
/// <param name="ConfidenceLevel">The central level of the percentile intervals.</param>
/// <param name="Seed">The seed of the resampling streams (replicate b draws from stream (seed, b)).</param>
public sealed record SobolOptions(int Resamples = 1000, double ConfidenceLevel = 0.95, ulong Seed = 0);

/// <summary>
/// One input's indices: the first-order index S_i (the share of the output variance that input i
/// explains alone) and the total index S_Ti (the share it explains with all its interactions), each
/// with a bootstrap percentile interval and standard error.
/// </summary>
public sealed record SobolIndex(
    int Dimension,
    double First,
    Interval FirstInterval,
    double FirstStandardError,
    double Total,
    Interval TotalInterval,
    double TotalStandardError);

/// <summary>The indices of every input, and the output's mean and variance over A and B.</summary>
/// <param name="IsConstant">True when the output did not vary at all: every index is then 0.</param>
public sealed record SobolIndices(
    IReadOnlyList<SobolIndex> Indices,
    double Mean,
    double Variance,
    int BaseCount,
    int Resamples,
    double ConfidenceLevel,
    bool IsConstant);

/// <summary>
/// First-order and total Sobol' indices from the outputs of a <see cref="SaltelliDesign"/>.
/// </summary>
/// <remarks>
/// With f_A, f_B and f_ABi the outputs of the base rows of A, B and A_B^(i), N base rows, and V the
/// sample variance of the 2N outputs of A and B:
/// <list type="bullet">
/// <item>first order (Saltelli et al. 2010, table 2 (b)): S_i = (1 ÷ N) Σ_j (f_B(j) − f₀) (f_ABi(j) − f_A(j)) ÷ V,
/// where f₀ is the mean of the 2N outputs of A and B. Subtracting f₀ changes nothing in expectation
/// (E[f_ABi − f_A] = 0) but removes an error term proportional to f₀², which matters for outcomes like
/// a count of interviews whose mean is large next to its spread;</item>
/// <item>total (Jansen, "Analysis of variance designs for model output", Comput. Phys. Commun. 117, 1999;
/// Saltelli et al. 2010, table 2 (f)): S_Ti = (1 ÷ 2N) Σ_j (f_A(j) − f_ABi(j))² ÷ V.</item>
/// </list>
/// The intervals resample the N base rows with replacement (each resample keeps a base row's A, B and
/// A_B^(i) outputs together, as the estimators pair them) and take percentiles of the recomputed
/// indices. Resampling treats the quasi-random base rows as independent, which overstates the error of
/// a Sobol' design: the intervals are conservative. Estimates may fall slightly outside [0, 1] at small N;
/// they are reported as estimated, not clipped.
/// </remarks>
public static class SobolAnalysis
{
    /// <summary>The indices from <paramref name="outputs"/>, one per design row in the design's order.</summary>
    public static SobolIndices Analyze(SaltelliDesign design, ReadOnlySpan<double> outputs, SobolOptions? options = null)
    {
        options ??= new SobolOptions();
        if (outputs.Length != design.Count) throw new ArgumentException($"expected {design.Count} outputs (one per design row), got {outputs.Length}", nameof(outputs));
        if (options.Resamples < 1) throw new ArgumentOutOfRangeException(nameof(options), options.Resamples, "the intervals need at least one bootstrap resample");
        if (!(options.ConfidenceLevel > 0 && options.ConfidenceLevel < 1)) throw new ArgumentOutOfRangeException(nameof(options), options.ConfidenceLevel, "the confidence level must lie strictly between 0 and 1");
        foreach (var y in outputs)
        {
            if (!double.IsFinite(y)) throw new ArgumentException("an output is not a finite number", nameof(outputs));
        }

        var n = design.BaseCount;
        var d = design.Dimensions;
        var fA = new double[n];
        var fB = new double[n];
        var fAB = new double[d][];
        for (var i = 0; i < d; i++) fAB[i] = new double[n];
        for (var j = 0; j < n; j++)
        {
            fA[j] = outputs[design.RowOf(j, SaltelliMatrix.A)];
            fB[j] = outputs[design.RowOf(j, SaltelliMatrix.B)];
            for (var i = 0; i < d; i++) fAB[i][j] = outputs[design.RowOf(j, SaltelliMatrix.AB, i)];
        }

        var all = Enumerable.Range(0, n).ToArray();
        var first = new double[d];
        var total = new double[d];
        var (mean, variance) = Estimate(fA, fB, fAB, all, first, total);
        if (variance == 0)
        {
            var zero = new Interval(options.ConfidenceLevel, 0, 0);
            return new SobolIndices(
                Enumerable.Range(0, d).Select(i => new SobolIndex(i, 0, zero, 0, 0, zero, 0)).ToArray(),
                mean, 0, n, options.Resamples, options.ConfidenceLevel, IsConstant: true);
        }

        var bootFirst = new double[d][];
        var bootTotal = new double[d][];
        for (var i = 0; i < d; i++)
        {
            bootFirst[i] = new double[options.Resamples];
            bootTotal[i] = new double[options.Resamples];
        }
        var pick = new int[n];
        var f = new double[d];
        var t = new double[d];
        for (var b = 0; b < options.Resamples; b++)
        {
            var stream = new UniformStream(options.Seed, StreamBootstrap, (ulong)b);
            for (var j = 0; j < n; j++) pick[j] = stream.NextInt(n);
            Estimate(fA, fB, fAB, pick, f, t);
            for (var i = 0; i < d; i++)
            {
                bootFirst[i][b] = f[i];
                bootTotal[i][b] = t[i];
            }
        }

        var indices = new SobolIndex[d];
        for (var i = 0; i < d; i++)
        {
            var (fi, fse) = Spread(bootFirst[i], options.ConfidenceLevel);
            var (ti, tse) = Spread(bootTotal[i], options.ConfidenceLevel);
            indices[i] = new SobolIndex(i, first[i], fi, fse, total[i], ti, tse);
        }
        return new SobolIndices(indices, mean, variance, n, options.Resamples, options.ConfidenceLevel, IsConstant: false);
    }

    private const ulong StreamBootstrap = 4;

    /// <summary>The estimators over the base rows <paramref name="rows"/> (with repeats for a resample); returns the mean and variance of Y.</summary>
    private static (double Mean, double Variance) Estimate(double[] fA, double[] fB, double[][] fAB, int[] rows, double[] first, double[] total)
    {
        var n = rows.Length;
        double mean = 0;
        foreach (var j in rows) mean += fA[j] + fB[j];
        mean /= 2 * n;
        double ss = 0;
        foreach (var j in rows) ss += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        var variance = ss / (2 * n - 1);
        for (var i = 0; i < first.Length; i++)
        {
            var ab = fAB[i];
            double s = 0, st = 0;
            foreach (var j in rows)
            {
                s += (fB[j] - mean) * (ab[j] - fA[j]);
                st += (fA[j] - ab[j]) * (fA[j] - ab[j]);
            }
            first[i] = variance > 0 ? s / n / variance : 0;
            total[i] = variance > 0 ? st / (2.0 * n) / variance : 0;
        }
        return (mean, variance);
    }

    /// <summary>The percentile interval and the standard deviation of bootstrap replicates.</summary>
    private static (Interval Interval, double StandardError) Spread(double[] replicates, double level)
    {
        var sorted = Quantiles.Sorted(replicates);
        double mean = 0;
        foreach (var r in sorted) mean += r;
        mean /= sorted.Length;
        double ss = 0;
        foreach (var r in sorted) ss += (r - mean) * (r - mean);
        var se = sorted.Length > 1 ? Math.Sqrt(ss / (sorted.Length - 1)) : 0;
        return (OutcomeSummary.IntervalOf(sorted, level), se);
    }
}
