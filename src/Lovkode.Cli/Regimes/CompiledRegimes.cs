using Lovkode.Runtime;

namespace Lovkode.Cli.Regimes;

/// <summary>
/// The regimes compiled into Lovkode.Law by the source generator, through its generated
/// registry <c>Lovkode.Law.Regimes</c>; the regimes themselves are used through <see cref="IRegime"/>.
/// </summary>
public static class CompiledRegimes
{
    public static IReadOnlyList<string> Names { get; } = Law.Regimes.Names.Order(StringComparer.Ordinal).ToList();

    /// <summary>A fresh instance of the named regime, or null when no compiled-in regime has that name.</summary>
    public static IRegime? TryCreate(string name) => Law.Regimes.TryCreate(name);

    /// <summary>
    /// The named compiled-in regime's evaluator under <paramref name="info"/>, another regime's
    /// metadata of the same shape (<see cref="RegimeShape"/>), with a parameter set made on it:
    /// through the constructor every generated regime has for this (docs/generated-code.md). Null
    /// when no compiled-in regime has that name or the metadata does not fit it.
    /// </summary>
    public static IRegime? TryCreate(string name, RegimeInfo info)
    {
        var own = Law.Regimes.TryCreate(name);
        var constructor = own?.GetType().GetConstructor([typeof(RegimeInfo), typeof(ParameterSet)]);
        if (constructor is null || !RegimeShape.Same(info, own!.Info)) return null;
        return (IRegime)constructor.Invoke([info, new ParameterSet(info.Parameters, info.Groups.Count)]);
    }
}
