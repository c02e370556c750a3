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
}
