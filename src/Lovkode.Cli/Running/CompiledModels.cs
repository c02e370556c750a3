using Lovkode.Runtime;

namespace Lovkode.Cli.Running;

/// <summary>
/// The population models compiled into Lovkode.Law, by name, and the one a scenario runs when it
/// names none: the one model of the baseline regime's domain.
/// </summary>
public static class CompiledModels
{
    private static readonly IReadOnlyDictionary<string, Func<IPopulationModel>> Factories =
        new Dictionary<string, Func<IPopulationModel>>(StringComparer.Ordinal)
        {
            [Law.Interim.Danmark2023Model.Name] = Law.Interim.Danmark2023Model.Create,
        };

    public static IReadOnlyList<string> Names { get; } = Factories.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>A fresh instance of the named model (its own values), or null.</summary>
    public static IPopulationModel? TryCreate(string name) => Factories.TryGetValue(name, out var create) ? create() : null;

    /// <summary>The compiled-in models of a domain.</summary>
    public static IReadOnlyList<IPopulationModel> OfDomain(string domain) =>
        Names.Select(n => Factories[n]()).Where(m => m.Info.Domain == domain).ToList();
}
