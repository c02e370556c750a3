using Lovkode.Spec.Syntax;
using Lovkode.Spec.Syntax.Tree;

namespace Lovkode.LanguageServer.Symbols;

/// <summary>What each file declares, and for each regime its lineage, its domain and the names each regime of it declares.</summary>
internal sealed class FileHeaders
{
    private readonly Dictionary<string, RegimeHeaderSyntax> _regimes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<(SymbolKind, string)>> _declared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string?>> _factEnums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _lineage = new(StringComparer.Ordinal);

    public FileHeaders(IEnumerable<SyntaxFile> files)
    {
        foreach (var file in files)
        {
            switch (file.Declarations.FirstOrDefault(d => d is DomainHeaderSyntax or RegimeHeaderSyntax or ModelHeaderSyntax))
            {
                case RegimeHeaderSyntax r:
                    _regimes.TryAdd(r.Name.Text, r);
                    var names = _declared.TryGetValue(r.Name.Text, out var known) ? known : _declared[r.Name.Text] = [];
                    foreach (var d in file.Declarations)
                    {
                        if (RegimeDeclaration(d) is { } declared) names.Add(declared);
                    }
                    break;
                case DomainHeaderSyntax h:
                    var facts = _factEnums.TryGetValue(h.Name.Text, out var f) ? f : _factEnums[h.Name.Text] = new(StringComparer.Ordinal);
                    foreach (var fact in file.OfType<FactSyntax>()) facts.TryAdd(fact.Name.Text, fact.Type.EnumName?.Text);
                    break;
            }
        }
    }

    /// <summary>The regime itself, its base, the base's base, …; a cycle stops the walk.</summary>
    public IReadOnlyList<string> Lineage(string regime)
    {
        if (_lineage.TryGetValue(regime, out var cached)) return cached;
        var chain = new List<string>();
        var name = regime;
        while (name is not null && !chain.Contains(name))
        {
            chain.Add(name);
            name = _regimes.TryGetValue(name, out var header) ? header.Extends?.Text : null;
        }
        return _lineage[regime] = chain;
    }

    /// <summary>A regime's domain: its own <c>domain</c> clause or its nearest base's.</summary>
    public string? DomainOf(string regime) =>
        Lineage(regime).Select(r => _regimes.TryGetValue(r, out var h) ? h.Domain?.Text : null).FirstOrDefault(d => d is not null);

    /// <summary>The regime along the lineage that first declares the name (the farthest base), or the regime itself.</summary>
    public string Origin(string regime, SymbolKind kind, string name)
    {
        var lineage = Lineage(regime);
        for (var i = lineage.Count - 1; i >= 0; i--)
        {
            if (_declared.TryGetValue(lineage[i], out var names) && names.Contains((kind, name))) return lineage[i];
        }
        return regime;
    }

    /// <summary>The enum of a fact in a domain, or null (not an enum fact, or unknown).</summary>
    public string? EnumOf(string? domain, string fact) =>
        domain is not null && _factEnums.TryGetValue(domain, out var facts) && facts.TryGetValue(fact, out var e) ? e : null;

    public bool IsRegime(string name) => _regimes.ContainsKey(name);

    public static (SymbolKind, string)? RegimeDeclaration(DeclarationSyntax d) => d switch
    {
        GroupSyntax g => (SymbolKind.Group, g.Name.Text),
        ParameterSyntax p => (SymbolKind.Parameter, p.Name.Text),
        RequirementSyntax r => (SymbolKind.Requirement, r.Name.Text),
        SupervisionSyntax s => (SymbolKind.Supervision, s.Name.Text),
        _ => null,
    };
}
