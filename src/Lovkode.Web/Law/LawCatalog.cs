using Lovkode.Web.Contracts;

namespace Lovkode.Web.Law;

/// <summary>The built-in law's regimes as the API and pages show them, built once: the law does not change while the app runs.</summary>
public sealed class LawCatalog
{
    private readonly Dictionary<string, RegimeView> _views;

    public LawCatalog(ILawbook lawbook)
    {
        var regimes = lawbook.Regimes();
        List = regimes.Select(RegimeListItem.Of).ToList();
        _views = regimes.ToDictionary(r => r.Info.Name, RegimeView.Of, StringComparer.Ordinal);
    }

    public IReadOnlyList<RegimeListItem> List { get; }

    public RegimeView? View(string name) => _views.GetValueOrDefault(name);

    public string Unknown(string name) => $"unknown regime '{name}'; the regimes are {string.Join(", ", List.Select(r => r.Name))}";
}
