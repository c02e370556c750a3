using Lovkode.Runtime;

namespace Lovkode.Cli.RuleSets;

/// <summary>
/// The population models compiled into Lovkode.Law by the source generator, through its
/// generated registry <c>Lovkode.Law.Models</c>, as <see cref="Regimes.CompiledRegimes"/> gives
/// the regimes. Reading a model's static data (its domain) creates nothing heavy: the generated
/// class builds its <see cref="ModelInfo"/> once.
/// </summary>
public static class CompiledModels
{
    public static IReadOnlyList<string> Names { get; } = Law.Models.Names.Order(StringComparer.Ordinal).ToList();

    /// <summary>A fresh instance of the named model (its own values), or null.</summary>
    public static IPopulationModel? TryCreate(string name) => Law.Models.TryCreate(name);

    /// <summary>The domain of a compiled-in model, or null when there is no such model.</summary>
    public static string? DomainOf(string name) => TryCreate(name)?.Info.Domain;
}
