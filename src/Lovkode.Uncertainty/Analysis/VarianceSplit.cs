namespace Lovkode.Uncertainty.Analysis;

/// <summary>How the Monte Carlo replications of different samples relate.</summary>
public enum ReplicationDesign : byte
{
    /// <summary>Every sample's replications use their own random numbers (one-way random-effects ANOVA).</summary>
    Independent,
    /// <summary>
    /// Common random numbers: replication r uses the same persons and draws in every sample, so
    /// samples × replications is a crossed design (two-way ANOVA without replication).
    /// </summary>
    Crossed,
}

/// <summary>
/// The variance of a sampled outcome split into the part due to the uncertain inputs and the part
/// due to Monte Carlo noise. "Sample outcome" means what the analysis reports for each sample: the
/// mean of its R replications.
/// </summary>
/// <param name="Total">The observed variance of the sample outcomes across samples.</param>
/// <param name="Assumptions">The estimated part of <see cref="Total"/> due to the inputs (never below 0).</param>
/// <param name="Noise">The estimated part of <see cref="Total"/> due to Monte Carlo noise in each sample's outcome.</param>
/// <param name="CommonNoise">
/// Crossed designs only (0 otherwise): the variance of the noise that all samples share, which shifts
/// the whole distribution of sample outcomes rather than widening it; the point run carries the same.
/// </param>
public sealed record VarianceSplit(
    double Total,
    double Assumptions,
    double Noise,
    double CommonNoise,
    int Samples,
    int Replications,
    ReplicationDesign Design)
{
    /// <summary>The share of <see cref="Total"/> due to the inputs, in [0, 1]; 0 when nothing varies.</summary>
    public double AssumptionShare => Assumptions + Noise > 0 ? Assumptions / (Assumptions + Noise) : 0;

    /// <summary>The share of <see cref="Total"/> due to Monte Carlo noise: 1 − <see cref="AssumptionShare"/> (0 when nothing varies).</summary>
    public double NoiseShare => Assumptions + Noise > 0 ? Noise / (Assumptions + Noise) : 0;

    /// <summary>
    /// The split when each sample's outcome is a single run whose Monte Carlo standard error is known
    /// (e.g. from the simulator's within-run estimate): Noise = mean of the squared standard errors,
    /// Assumptions = Total − Noise. Under common random numbers this overstates the noise that widens
    /// the interval (part of it is shared), so the inputs' share is a lower bound.
    /// </summary>
    public static VarianceSplit FromStandardErrors(ReadOnlySpan<double> outcomes, ReadOnlySpan<double> standardErrors)
    {
        if (outcomes.Length != standardErrors.Length) throw new ArgumentException("one standard error per outcome is needed", nameof(standardErrors));
        if (outcomes.Length < 2) throw new ArgumentException("a variance needs at least 2 samples", nameof(outcomes));
        double mean = 0;
        for (var i = 0; i < outcomes.Length; i++) mean += (outcomes[i] - mean) / (i + 1);
        double ss = 0, noise = 0;
        for (var i = 0; i < outcomes.Length; i++)
        {
            ss += (outcomes[i] - mean) * (outcomes[i] - mean);
            noise += standardErrors[i] * standardErrors[i];
        }
        var total = ss / (outcomes.Length - 1);
        noise /= outcomes.Length;
        return new VarianceSplit(total, Math.Max(0, total - noise), Math.Min(noise, total), 0, outcomes.Length, 1, ReplicationDesign.Independent);
    }
}

/// <summary>
/// Builds a <see cref="VarianceSplit"/> from R replications per sample, one sample at a time; it keeps
/// O(R) numbers whatever the number of samples. Not thread-safe: add samples in row order.
/// </summary>
/// <remarks>
/// With Y_ir the outcome of replication r of sample i (N samples, R ≥ 2 replications) and Ȳ_i the
/// sample's mean:
/// <list type="bullet">
/// <item>Independent (Y_ir = μ + a_i + e_ir): MS_W = ΣΣ (Y_ir − Ȳ_i)² ÷ (N (R − 1)) estimates the variance
/// of one replication's noise, so the noise in Ȳ_i is MS_W ÷ R; the observed variance of the Ȳ_i is
/// Var(a) + MS_W ÷ R in expectation, and Assumptions = Total − MS_W ÷ R.</item>
/// <item>Crossed (Y_ir = μ + a_i + b_r + e_ir, b_r the draws shared by all samples): the residual mean
/// square MS_E = ΣΣ (Y_ir − Ȳ_i − Ȳ_r + Ȳ)² ÷ ((N − 1)(R − 1)) estimates Var(e); b_r cancels from the
/// differences between samples, so Noise = MS_E ÷ R and Assumptions = Total − MS_E ÷ R, and the shared
/// part is CommonNoise = (MS_B − MS_E) ÷ (N R) with MS_B = N Σ_r (Ȳ_r − Ȳ)² ÷ (R − 1).</item>
/// </list>
/// These are the standard ANOVA moment estimators (e.g. Searle, Casella &amp; McCulloch, "Variance
/// Components", 1992, ch. 3–4); a negative estimate is set to 0. Sums are kept about the first
/// sample's values so that large outcomes with small spreads lose no precision.
/// </remarks>
public sealed class VarianceSplitAccumulator
{
    private readonly int _replications;
    private readonly ReplicationDesign _design;
    private double _shift;
    private readonly double[] _columnSums;
    private int _samples;
    private double _sumMeans;
    private double _sumMeanSquares;
    private double _sumSquares;

    public VarianceSplitAccumulator(int replications, ReplicationDesign design)
    {
        if (replications < 2) throw new ArgumentOutOfRangeException(nameof(replications), replications, "splitting off the noise needs at least 2 replications per sample");
        _replications = replications;
        _design = design;
        _columnSums = new double[replications];
    }

    public int Samples => _samples;

    /// <summary>Adds one sample's outcomes, replication by replication (for a crossed design, replication r of every sample shares its random numbers).</summary>
    public void Add(ReadOnlySpan<double> replicates)
    {
        if (replicates.Length != _replications) throw new ArgumentException($"expected {_replications} replications, got {replicates.Length}", nameof(replicates));
        foreach (var y in replicates)
        {
            if (!double.IsFinite(y)) throw new ArgumentException("an outcome is not a finite number", nameof(replicates));
        }
        if (_samples == 0)
        {
            // Centre on the first sample's mean, one shift for all cells: sums stay small, differences exact.
            double m = 0;
            foreach (var y in replicates) m += y;
            _shift = m / _replications;
        }
        double rowSum = 0;
        for (var r = 0; r < _replications; r++)
        {
            var y = replicates[r] - _shift;
            rowSum += y;
            _columnSums[r] += y;
            _sumSquares += y * y;
        }
        var rowMean = rowSum / _replications;
        _sumMeans += rowMean;
        _sumMeanSquares += rowMean * rowMean;
        _samples++;
    }

    public VarianceSplit Result()
    {
        var n = _samples;
        var r = _replications;
        if (n < 2) throw new InvalidOperationException("a variance needs at least 2 samples");
        var grand = _sumMeans / n;
        // Between samples: SS_A = R Σ (Ȳ_i − Ȳ)²; total of the sample means' variance = SS_A ÷ (R (N − 1)).
        var ssBetweenSamples = r * (_sumMeanSquares - n * grand * grand);
        var ssAll = _sumSquares - n * r * grand * grand;
        var total = Math.Max(0, ssBetweenSamples / (r * (n - 1.0)));
        if (_design == ReplicationDesign.Independent)
        {
            var msWithin = Math.Max(0, (ssAll - ssBetweenSamples) / (n * (r - 1.0)));
            var noise = Math.Min(msWithin / r, total);
            return new VarianceSplit(total, total - noise, noise, 0, n, r, _design);
        }
        double ssBetweenReplications = 0;
        foreach (var s in _columnSums)
        {
            var columnMean = s / n;
            ssBetweenReplications += (columnMean - grand) * (columnMean - grand);
        }
        ssBetweenReplications *= n;
        var msResidual = Math.Max(0, (ssAll - ssBetweenSamples - ssBetweenReplications) / ((n - 1.0) * (r - 1.0)));
        var msReplications = ssBetweenReplications / (r - 1.0);
        var crossedNoise = Math.Min(msResidual / r, total);
        var common = Math.Max(0, (msReplications - msResidual) / (n * r));
        return new VarianceSplit(total, total - crossedNoise, crossedNoise, common, n, r, _design);
    }
}
