using System.Globalization;
using System.Text;
using Lovkode.Reports.Html;
using Lovkode.Web.Law;

namespace Lovkode.Web.Pages;

/// <summary>
/// Builds the pages' HTML. Every string that is not the page's own markup goes through
/// <see cref="Text"/> (HTML-encoded: names, titles, citations, conditions), so a hostile
/// citation shows as text. No inline script or style: the Content-Security-Policy forbids them.
/// </summary>
internal sealed class Html
{
    private readonly StringBuilder _out = new();

    /// <summary>Encodes &lt; &gt; &amp; quotes and controls, as the HTML report does; letters of every script stay as they are (the page is UTF-8).</summary>
    public static string Encode(string? text) => HtmlText.Escape(text);

    public static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>The page's own markup, written as is.</summary>
    public Html Raw(string markup)
    {
        _out.Append(markup);
        return this;
    }

    /// <summary>Text from the law or the user, encoded.</summary>
    public Html Text(string? text)
    {
        _out.Append(Encode(text));
        return this;
    }

    /// <summary>An element holding encoded text.</summary>
    public Html El(string tag, string? text, string? cssClass = null) =>
        Raw(cssClass is null ? $"<{tag}>" : $"<{tag} class=\"{cssClass}\">").Text(text).Raw($"</{tag}>");

    /// <summary>A citation: the law it cites, or an assumption marked as such.</summary>
    public Html Citation(CitationView c) => c.Assumed
        ? Raw("<span class=\"cite assumed\" title=\"an assumption, not the law\">assumed: ").Text(c.Text).Raw("</span>")
        : Raw("<span class=\"cite\">§ ").Text(c.Text).Raw("</span>");

    public override string ToString() => _out.ToString();

    /// <summary>The frame every page shares: the navigation, the page's own content, the one script.</summary>
    public static string Page(string title, string active, string body)
    {
        var nav = new (string Href, string Label)[] { ("/", "Law"), ("/diff", "Diff"), ("/what-if", "What-if"), ("/explain", "Explain a case"), ("/reform", "Your reform") };
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        page.Append("<title>").Append(Encode(title)).Append(" · Lovkode</title>");
        page.Append("<link rel=\"stylesheet\" href=\"/assets/app.css\"><script src=\"/assets/app.js\" defer></script></head><body>");
        page.Append("<header><a class=\"brand\" href=\"/\">Lovkode</a><nav>");
        foreach (var (href, label) in nav)
        {
            page.Append("<a href=\"").Append(href).Append('"').Append(label == active ? " aria-current=\"page\"" : "").Append('>').Append(label).Append("</a>");
        }
        page.Append("</nav></header><main>").Append(body).Append("</main>");
        page.Append("<footer>Every page here uses the JSON API (<a href=\"/openapi/v1.json\">OpenAPI</a>); docs/web.md describes it.</footer></body></html>");
        return page.ToString();
    }
}
