namespace Lovkode.Uncertainty.Analysis;

/// <summary>
/// Each player's Shapley value: its share of v(all) − v(empty). The values sum to
/// <see cref="Total"/> up to floating-point rounding, exactly in the exact case and in the sampled
/// one (see <see cref="ShapleyPlan"/>).
/// </summary>
/// <param name="Values">φ_i per player.</param>
/// <param name="StandardErrors">The Monte Carlo standard error of each φ_i; 0 when computed exactly.</param>
/// <param name="Empty">v(∅): the outcome with no provision (the baseline).</param>
/// <param name="Full">v(all): the outcome with every provision (the reform).</param>
/// <param name="Permutations">The permutations averaged (n! in effect when exact; reported as 0 then).</param>
/// <param name="Evaluations">How many distinct coalitions v was evaluated on.</param>
public sealed record ShapleyAttribution(
    IReadOnlyList<double> Values,
    IReadOnlyList<double> StandardErrors,
    double Empty,
    double Full,
    bool IsExact,
    int Permutations,
    int Evaluations)
{
    /// <summary>v(all) − v(empty): what the attributions split.</summary>
    public double Total => Full - Empty;
}
