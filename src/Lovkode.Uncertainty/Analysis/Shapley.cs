namespace Lovkode.Uncertainty.Analysis;

/// <summary>
/// Shapley values of a game given as a function v on coalitions, evaluated at most once per coalition.
/// For a reform, the players are its provisions and v(S) is a headline metric with only the
/// provisions in S applied; the values split the reform's effect v(all) − v(empty) among them.
/// </summary>
public static class Shapley
{
    /// <summary>
    /// The attribution: exact when <paramref name="players"/> ≤ <see cref="ShapleyOptions.ExactLimit"/>
    /// (2^n evaluations of <paramref name="value"/>), sampled permutations above. <paramref name="value"/>
    /// is called once per distinct coalition, sequentially; to evaluate in parallel, use
    /// <see cref="ShapleyPlan"/> directly.
    /// </summary>
    public static ShapleyAttribution Compute(int players, Func<Coalition, double> value, ShapleyOptions? options = null)
    {
        return ShapleyPlan.Create(players, options).Attribute(value);
    }
}
