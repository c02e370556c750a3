namespace Lovkode.Reports.Html;

/// <summary>Escaping for text the report writes into HTML: the markup characters only (the file is UTF-8, so æøå and § stay readable).</summary>
internal static class HtmlText
{
    public static string Escape(string? text) => (text ?? "")
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}
