using System.Collections.Generic;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding;

/// <summary>
/// Where the Syntax pass already found errors. A clause the parser could not read is missing
/// from the tree; the binder must not report it missing a second time.
/// </summary>
internal sealed class SyntaxErrors
{
    private readonly Dictionary<string, List<int>> _starts = new(System.StringComparer.Ordinal);

    public SyntaxErrors(DiagnosticBag bag)
    {
        foreach (var d in bag.Items)
        {
            if (!IsSyntaxId(d.Id)) continue;
            if (!_starts.TryGetValue(d.Span.Path, out var list)) _starts[d.Span.Path] = list = new List<int>();
            list.Add(d.Span.Start);
        }
    }

    public static readonly SyntaxErrors None = new(new DiagnosticBag());

    /// <summary>True when a syntax error lies in <paramref name="span"/> or right after it (where a missing clause would be).</summary>
    public bool Within(SourceSpan span)
    {
        if (!_starts.TryGetValue(span.Path, out var list)) return false;
        foreach (var start in list)
        {
            if (start >= span.Start && start <= span.End + 1) return true;
        }
        return false;
    }

    /// <summary>True when a syntax error lies in <paramref name="path"/> before <paramref name="offset"/>.</summary>
    public bool Before(string path, int offset)
    {
        if (!_starts.TryGetValue(path, out var list)) return false;
        foreach (var start in list)
        {
            if (start < offset) return true;
        }
        return false;
    }

    // The lexer also reports a negative number (LK0035), bytes that are not UTF-8 (LK0117) and a
    // number with an exponent (LK0120): each leaves a token the parser could not read.
    private static bool IsSyntaxId(string id) =>
        (string.CompareOrdinal(id, "LK0001") >= 0 && string.CompareOrdinal(id, "LK0009") <= 0)
        || id == DiagnosticDescriptors.NegativeNumber.Id || id == DiagnosticDescriptors.NotUtf8.Id || id == DiagnosticDescriptors.NumberWithExponent.Id;
}
