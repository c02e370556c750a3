namespace Lovkode.Reports.Model;

/// <summary>
/// A reform's delta split among its provisions (Shapley values over the delta statements of the
/// regimes between the baseline and the reform): for each headline metric, each provision's
/// share, which add up to the split's own total delta. The split runs its own simulations
/// (<see cref="Population"/> persons, <see cref="Replications"/> independent replications), so its
/// total is close to, but not the same number as, the comparison's delta.
/// </summary>
/// <param name="Baseline">The baseline arm.</param>
/// <param name="Reform">The reform arm split.</param>
/// <param name="Method">"exact" (every coalition) or "sampled" (paired random orderings).</param>
/// <param name="Permutations">Orderings averaged per replication (0 when exact).</param>
/// <param name="Runs">Coalitions simulated, summed over the replications (each a whole population run; the baseline and the reform included).</param>
/// <param name="Rule">How provisions that name what another brings are treated (the permission rule), in words.</param>
/// <param name="NotSplit">Statements that are no provision (parameters declared or removed), with their place.</param>
public sealed record ProvisionSplit(
    string Baseline,
    string Reform,
    string Method,
    int Permutations,
    int Runs,
    int Replications,
    int Population,
    long Seed,
    double Seconds,
    string Rule,
    IReadOnlyList<ProvisionInfo> Provisions,
    IReadOnlyList<ProvisionMetric> Metrics,
    IReadOnlyList<string> NotSplit)
{
    /// <summary>What the standard errors measure: the replications (Monte Carlo noise and orderings), the orderings alone (one replication), or nothing (exact, one replication).</summary>
    public string ErrorSource { get; init; } = "";
}

/// <summary>
/// One provision (a player of the split): its id, the regime whose file states it, what it does,
/// the statement, its citation and its place (<c>file:line:col</c>). <see cref="Also"/> lists
/// statements folded into it; <see cref="Requires"/> the provisions it cannot act without.
/// </summary>
public sealed record ProvisionInfo(
    string Id,
    string Regime,
    string Kind,
    string Text,
    string Citation,
    string Place,
    IReadOnlyList<string> Also,
    IReadOnlyList<string> Requires,
    string? From,
    string? Until);

/// <summary>
/// One metric's split: the baseline and reform values of the split's runs, their difference
/// (<see cref="Total"/>) and each provision's share of it. <see cref="TotalStandardError"/> and the
/// shares' standard errors are over the replications (null with one replication).
/// </summary>
public sealed record ProvisionMetric(
    string Metric,
    string Unit,
    double Baseline,
    double Reform,
    double Total,
    double? TotalStandardError,
    IReadOnlyList<ProvisionShare> Shares);

/// <summary>A provision's share of a metric's delta; <see cref="OfTotal"/> is Value ÷ Total (null when the total is 0).</summary>
public sealed record ProvisionShare(string Id, double Value, double? StandardError, double? OfTotal);
