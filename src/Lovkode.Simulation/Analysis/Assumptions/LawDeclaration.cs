using Lovkode.Runtime;

namespace Lovkode.Simulation.Analysis.Assumptions;

/// <summary>
/// One ranged value as the law declares it, found in every regime of the analysis that has it
/// (a value of a base regime is inherited by every regime that extends it): the parameter, the value,
/// its dates, range and citation. A declaration <c>for A, B = 3 range 2..8</c> is one value for
/// several groups, so it is one assumption, drawn once and laid over each group in each regime.
/// </summary>
internal sealed class LawDeclaration(string parameter, ParameterUnit unit, string title, ParameterValueInfo value)
{
    public string Parameter { get; } = parameter;

    public ParameterUnit Unit { get; } = unit;

    public string Title { get; } = title;

    /// <summary>The first regime's entry (the groups differ between entries; the rest is the key).</summary>
    public ParameterValueInfo Value { get; } = value;

    /// <summary>Where the declaration is laid over when a world draws it: per regime, the parameter and the groups (-1: every group).</summary>
    public List<LawTarget> Targets { get; } = [];

    /// <summary>Regimes that have the declaration but whose scenario sets the parameter: held there.</summary>
    public List<string> FixedIn { get; } = [];

    public bool InForce { get; set; }

    /// <summary>Two entries are one declaration when all but the group agree.</summary>
    public static (string, double, DateOnly?, DateOnly?, double, double, DistributionShape, string) Key(string parameter, ParameterValueInfo v) =>
        (parameter, v.Value, v.From, v.Until, v.Range!.Low, v.Range.High, v.Range.Shape, v.Citation.Text);
}

/// <summary>Where one declaration is laid over in one regime instance: the parameter's index and the groups it is declared for there.</summary>
internal sealed record LawTarget(IRegime Regime, int Parameter, List<int> Groups);
