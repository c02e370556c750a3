using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax;
using Lovkode.Spec.Text;

namespace Lovkode.LanguageServer.Symbols;

/// <summary>
/// Every name of a workspace's files and what it stands for: the table that hover, definition,
/// references, rename and the outline read. Built once per compile; a lookup by place is a
/// binary search in the file's names, sorted by offset.
/// </summary>
public sealed class SymbolIndex
{
    private readonly Dictionary<string, Occurrence[]> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<SymbolKey, List<Occurrence>> _byKey = [];
    private readonly Dictionary<string, SyntaxFile> _syntax = new(StringComparer.Ordinal);
    private readonly FileHeaders _headers;

    private SymbolIndex(IReadOnlyList<SyntaxFile> files)
    {
        _headers = new FileHeaders(files);
        var collector = new OccurrenceCollector(_headers);
        foreach (var file in files)
        {
            _syntax[file.Path] = file;
            var occurrences = collector.Collect(file);
            occurrences.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            _byPath[file.Path] = [.. occurrences];
            foreach (var occurrence in occurrences)
            {
                if (!_byKey.TryGetValue(occurrence.Key, out var list)) _byKey[occurrence.Key] = list = [];
                list.Add(occurrence);
            }
        }
    }

    /// <summary>Indexes the sources; <paramref name="cache"/> keeps parses of texts that did not change (the built-in law).</summary>
    public static SymbolIndex Build(IEnumerable<SpecSource> sources, ParseCache cache) =>
        new([.. sources.Select(cache.Parse)]);

    public SyntaxFile? Syntax(string path) => _syntax.GetValueOrDefault(path);

    public IReadOnlyList<Occurrence> In(string path) => _byPath.TryGetValue(path, out var found) ? found : [];

    /// <summary>The name at an offset (the end of a name counts, where a cursor stops after typing it).</summary>
    public Occurrence? At(string path, int offset)
    {
        if (!_byPath.TryGetValue(path, out var found)) return null;
        int lo = 0, hi = found.Length - 1, best = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (found[mid].Span.Start <= offset)
            {
                best = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return best >= 0 && offset <= found[best].Span.End ? found[best] : null;
    }

    public IReadOnlyList<Occurrence> All(SymbolKey key) => _byKey.TryGetValue(key, out var list) ? list : [];

    /// <summary>
    /// Where the symbol is defined, seen from a regime: the nearest plain or <c>replace</c>
    /// declaration along its lineage (an <c>override</c> gives values, not the declaration);
    /// for anything else, the first declaration.
    /// </summary>
    public Occurrence? Definition(SymbolKey key, string? fromRegime, bool skipSelfRegime = false)
    {
        var declarations = All(key).Where(o => o.IsDeclaration).ToList();
        if (declarations.Count == 0) return null;
        if (fromRegime is not null && declarations.Any(d => d.Regime is not null))
        {
            var lineage = _headers.Lineage(fromRegime);
            foreach (var regime in skipSelfRegime ? lineage.Skip(1) : lineage)
            {
                var here = declarations.FirstOrDefault(d => d.Regime == regime && d.Delta != Spec.Syntax.Tree.DeltaKind.Override);
                if (here is not null) return here;
            }
        }
        return declarations.FirstOrDefault(d => d.Delta == Spec.Syntax.Tree.DeltaKind.None) ?? declarations[0];
    }

    public IReadOnlyList<string> Lineage(string regime) => _headers.Lineage(regime);

    public string? DomainOf(string regime) => _headers.DomainOf(regime);

    public IEnumerable<SymbolKey> Keys => _byKey.Keys;
}

/// <summary>Parsed files by path and text: the built-in law is parsed once per server, not once per keystroke.</summary>
public sealed class ParseCache
{
    private readonly Dictionary<string, SyntaxFile> _files = new(StringComparer.Ordinal);

    public SyntaxFile Parse(SpecSource source)
    {
        lock (_files)
        {
            if (_files.TryGetValue(source.Path, out var known) && string.Equals(known.Source.Text, source.Text, StringComparison.Ordinal)) return known;
            var parsed = SpecParser.Parse(source, new DiagnosticBag());
            _files[source.Path] = parsed;
            return parsed;
        }
    }
}
