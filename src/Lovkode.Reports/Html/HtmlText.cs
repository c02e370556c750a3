using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Lovkode.Reports.Html;

/// <summary>
/// Escaping for text written into HTML, by the framework's HTML encoder (no hand-written
/// escape): the markup characters, quotes and controls are encoded; letters of every script
/// stay as they are, because the report and the web pages are UTF-8 and æøå and § should read
/// as themselves in the source too. The web app's pages use this same encoder.
/// </summary>
public static class HtmlText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Escape(string? text) => Encoder.Encode(text ?? "");
}
