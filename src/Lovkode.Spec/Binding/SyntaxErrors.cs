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
    private readonly Dictionary<string, List<SourceSpan>> _starts = new(System.StringComparer.Ordinal);

    private readonly Dictionary<string, string> _texts = new(System.StringComparer.Ordinal);

    /// <summary>The files' texts let "right after" mean the same whichever line ending a file has.</summary>
    public SyntaxErrors(DiagnosticBag bag, IEnumerable<Syntax.SyntaxFile> files)
        : this(bag)
    {
        foreach (var file in files) _texts[file.Path] = file.Source.Text ?? string.Empty;
    }

    public SyntaxErrors(DiagnosticBag bag)
    {
        foreach (var d in bag.Items)
        {
            if (!IsSyntaxId(d.Id)) continue;
            if (!_starts.TryGetValue(d.Span.Path, out var list)) _starts[d.Span.Path] = list = new List<SourceSpan>();
            list.Add(d.Span);
        }
    }

    public static readonly SyntaxErrors None = new(new DiagnosticBag());

    /// <summary>True when a syntax error lies in <paramref name="span"/> or right after it (where a missing clause would be).</summary>
    public bool Within(SourceSpan span)
    {
        if (!_starts.TryGetValue(span.Path, out var list)) return false;
        foreach (var error in list)
        {
            if (error.Start >= span.Start && error.Start <= span.End + 1) return true;
            if (error.Start > span.End && OnlyALineBreakBetween(span.Path, span.End, error.Start)) return true;
        }
        return false;
    }

    /// <summary>True when [from, to) is one line break (LF, CR or CRLF): the error starts the line after the span.</summary>
    private bool OnlyALineBreakBetween(string path, int from, int to)
    {
        if (!_texts.TryGetValue(path, out var text) || to > text.Length) return false;
        var gap = text.Substring(from, to - from);
        return gap == "\r\n";
    }

    /// <summary>True when a syntax error lies in <paramref name="path"/> before <paramref name="offset"/>.</summary>
    public bool Before(string path, int offset)
    {
        if (!_starts.TryGetValue(path, out var list)) return false;
        foreach (var error in list)
        {
            if (error.Start < offset) return true;
        }
        return false;
    }

    // The lexer also reports a negative number (LK0035), bytes that are not UTF-8 (LK0117) and a
    // number with an exponent (LK0120): each leaves a token the parser could not read.
    private static bool IsSyntaxId(string id) =>
        (string.CompareOrdinal(id, "LK0001") >= 0 && string.CompareOrdinal(id, "LK0009") <= 0)
        || id == DiagnosticDescriptors.NegativeNumber.Id || id == DiagnosticDescriptors.NotUtf8.Id || id == DiagnosticDescriptors.NumberWithExponent.Id;
}
