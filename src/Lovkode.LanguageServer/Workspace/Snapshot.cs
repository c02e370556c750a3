using Lovkode.LanguageServer.Symbols;
using Lovkode.Spec;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.LanguageServer.Workspace;

/// <summary>
/// The workspace as of one compile: the bound model, the names index and every file's text.
/// Immutable: requests read it while the next compile builds another.
/// </summary>
public sealed class Snapshot
{
    private readonly Dictionary<string, TextLines> _lines;
    private readonly Func<string, string?> _uriOf;
    private readonly BuiltInLaw _law;

    internal Snapshot(FrontEndResult result, SymbolIndex index, Dictionary<string, TextLines> lines, Func<string, string?> uriOf, BuiltInLaw law, long generation)
    {
        _law = law;
        Result = result;
        Index = index;
        _lines = lines;
        _uriOf = uriOf;
        Generation = generation;
    }

    public FrontEndResult Result { get; }

    public SpecCompilation Compilation => Result.Compilation;

    public SymbolIndex Index { get; }

    public long Generation { get; }

    public IReadOnlyList<Diagnostic> Diagnostics => Result.Diagnostics;

    public TextLines? Lines(string path) => _lines.GetValueOrDefault(path);

    /// <summary>The URI an editor opens for a compiler path (a user's file, or the built-in law's copy on disk).</summary>
    public string? UriOf(string path) => _uriOf(path);

    /// <summary>Whether the path is one of the built-in law's files (never edited by the server).</summary>
    public bool IsBuiltIn(string path) => _law.IsBuiltInPath(path);

    public BoundRegime? Regime(string? name) => name is null ? null : Compilation.FindRegime(name);

    /// <summary>The domain of a regime, or of a domain file's name.</summary>
    public BoundDomain? Domain(string? regimeOrDomain)
    {
        if (regimeOrDomain is null) return null;
        if (Compilation.FindRegime(regimeOrDomain) is { } regime) return Compilation.FindDomain(regime.DomainName);
        return Compilation.FindDomain(regimeOrDomain) ?? (Index.DomainOf(regimeOrDomain) is { } d ? Compilation.FindDomain(d) : null);
    }
}
