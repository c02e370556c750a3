namespace Lovkode.Tests.Shared;

/// <summary>The inline SVG charts of a rendered report, each as its own XML text. Test projects link this file.</summary>
internal static class ReportSvgs
{
    public static List<string> Of(string html)
    {
        var result = new List<string>();
        var at = 0;
        while ((at = html.IndexOf("<svg", at, StringComparison.Ordinal)) >= 0)
        {
            var end = html.IndexOf("</svg>", at, StringComparison.Ordinal) + "</svg>".Length;
            result.Add(html[at..end]);
            at = end;
        }
        return result;
    }
}
