using System.Text;

namespace Lovkode.Spec.Emit;

/// <summary>An indenting text builder. Lines end in \n on every platform, so the output is the same everywhere.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0) _text.Append(' ', _indent * 4).Append(line);
        _text.Append('\n');
        return this;
    }

    public CodeWriter Open(string line)
    {
        Line(line);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public CodeWriter Indent()
    {
        _indent++;
        return this;
    }

    public CodeWriter Outdent()
    {
        _indent--;
        return this;
    }

    /// <summary>A <c>/// &lt;summary&gt;</c> block; the text is escaped here.</summary>
    public CodeWriter Summary(string text, params string[] remarks)
    {
        Line("/// <summary>" + CommentText.Xml(text) + "</summary>");
        if (remarks.Length > 0)
        {
            Line("/// <remarks>");
            foreach (var remark in remarks) Line("/// " + CommentText.Xml(remark) + "<br/>");
            Line("/// </remarks>");
        }
        return this;
    }

    public override string ToString() => _text.ToString();
}
