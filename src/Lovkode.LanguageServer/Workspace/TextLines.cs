using Lovkode.LanguageServer.Protocol;
using Range = Lovkode.LanguageServer.Protocol.Range;
using Lovkode.Spec.Text;

namespace Lovkode.LanguageServer.Workspace;

/// <summary>
/// A text's line starts, split as the compiler splits them (CR, LF and CRLF each end a line),
/// for turning protocol positions into offsets and back. Columns are UTF-16 units on both sides.
/// </summary>
public sealed class TextLines
{
    private readonly int[] _starts;

    public TextLines(string text)
    {
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'))) starts.Add(i + 1);
        }
        _starts = [.. starts];
    }

    public string Text { get; }

    public int LineCount => _starts.Length;

    /// <summary>The offset of a position, clamped into the text (a client may point past a line's end).</summary>
    public int Offset(Position position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= _starts.Length) return Text.Length;
        var start = _starts[position.Line];
        var end = LineEnd(position.Line);
        return Math.Clamp(start + Math.Max(0, position.Character), start, end);
    }

    public Position Position(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(_starts, offset);
        if (line < 0) line = ~line - 1;
        return new Position(line, offset - _starts[line]);
    }

    /// <summary>The line's text without its line break.</summary>
    public string Line(int line)
    {
        if (line < 0 || line >= _starts.Length) return "";
        return Text[_starts[line]..LineEnd(line)];
    }

    private int LineEnd(int line)
    {
        var end = line + 1 < _starts.Length ? _starts[line + 1] : Text.Length;
        while (end > _starts[line] && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return end;
    }

    public static Range RangeOf(SourceSpan span) =>
        new(new Position(Math.Max(0, span.Line - 1), Math.Max(0, span.Column - 1)), new Position(Math.Max(0, span.EndLine - 1), Math.Max(0, span.EndColumn - 1)));
}
