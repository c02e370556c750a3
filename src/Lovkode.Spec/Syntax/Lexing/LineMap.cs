using System.Collections.Generic;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Syntax.Lexing;

/// <summary>
/// Turns offsets into 1-based lines and columns (UTF-16 units) by binary search over the line
/// starts, so that tokens carry only offsets and a span is made only when a node or a
/// diagnostic needs one.
/// </summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;
    private int _lastLine;

    public LineMap(SpecSource source)
    {
        Path = source.Path;
        var text = source.Text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            // CR, LF and CRLF each end one line.
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'))) starts.Add(i + 1);
        }
        _lineStarts = starts.ToArray();
        TextLength = text.Length;
    }

    public string Path { get; }

    public int TextLength { get; }

    public SourceSpan Span(int start, int length)
    {
        if (start < 0) start = 0;
        if (start > TextLength) start = TextLength;
        if (length < 0) length = 0;
        if (start + length > TextLength) length = TextLength - start;
        var (line, column) = Position(start);
        var (endLine, endColumn) = Position(start + length);
        return new SourceSpan(Path, start, length, line, column, endLine, endColumn);
    }

    public SourceSpan Span(Token token) => Span(token.Start, token.Length);

    /// <summary>From the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public SourceSpan Span(Token first, Token last) => Span(first.Start, System.Math.Max(0, last.End - first.Start));

    private (int Line, int Column) Position(int offset)
    {
        // The parser asks in nearly increasing order: try the last line and the next first.
        var last = _lastLine;
        if (offset >= _lineStarts[last])
        {
            if (last + 1 >= _lineStarts.Length || offset < _lineStarts[last + 1]) return (last + 1, offset - _lineStarts[last] + 1);
            if (last + 2 >= _lineStarts.Length || offset < _lineStarts[last + 2])
            {
                _lastLine = last + 1;
                return (last + 2, offset - _lineStarts[last + 1] + 1);
            }
        }
        var lo = 0;
        var hi = _lineStarts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_lineStarts[mid] <= offset) lo = mid;
            else hi = mid - 1;
        }
        _lastLine = lo;
        return (lo + 1, offset - _lineStarts[lo] + 1);
    }
}
