namespace Lovkode.Simulation.Results;

/// <summary>
/// A paired comparison of one metric, group and area: reform − baseline computed
/// within each replication (same persons, same draws), then its mean and 95% CI.
/// <see cref="RelativeChange"/> is Delta ÷ BaselineMean (NaN when the baseline is 0).
/// A group that exists in only one arm (after a regrouping) counts as 0 in the other.
/// </summary>
public sealed record DeltaEstimate(
    string Metric,
    string Group,
    string Area,
    double BaselineMean,
    double ReformMean,
    double Delta,
    double Lower,
    double Upper,
    double StandardError,
    double RelativeChange)
{
    public double HalfWidth => (Upper - Lower) / 2;
}
