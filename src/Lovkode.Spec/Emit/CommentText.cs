using System.Text;

namespace Lovkode.Spec.Emit;

/// <summary>
/// Text from a .rules file that goes into a comment. It must stay one comment line: line
/// breaks of every kind and other control and format characters become spaces, <c>*/</c> is
/// broken up, and in XML doc comments <c>&lt; &gt; &amp;</c> are escaped.
/// </summary>
public static class CommentText
{
    /// <summary>For a <c>//</c> comment.</summary>
    public static string Line(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text!.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            var category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c);
            var unsafeChar = c < 0x20 || (c >= 0x7F && c <= 0x9F) || char.IsSurrogate(c)
                || category is System.Globalization.UnicodeCategory.LineSeparator
                    or System.Globalization.UnicodeCategory.ParagraphSeparator
                    or System.Globalization.UnicodeCategory.Format;
            sb.Append(unsafeChar ? ' ' : c);
        }
        return sb.ToString().Replace("*/", "* /").Replace("/*", "/ *");
    }

    /// <summary>For a <c>///</c> XML doc comment.</summary>
    public static string Xml(string? text) =>
        Line(text).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
