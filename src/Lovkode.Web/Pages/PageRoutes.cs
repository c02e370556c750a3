using System.Reflection;
using Lovkode.Web.Contracts;
using Lovkode.Web.Law;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Lovkode.Web.Pages;

/// <summary>The pages, the script and stylesheet (embedded), and docs/diagnostics.md (which diagnostics link to).</summary>
internal static class PageRoutes
{
    private static readonly Dictionary<string, (byte[] Bytes, string Type)> Assets = LoadAssets();

    public static void Map(IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/", (LawCatalog law) => Page(LawPages.Index(law)));
        pages.MapGet("/law/{name}", (string name, LawCatalog law) =>
            law.View(name) is { } view ? Page(LawPages.Regime(view)) : Page(NotFound(law.Unknown(name)), StatusCodes.Status404NotFound));
        pages.MapGet("/diff", (string? a, string? b, LawCatalog law, ILawbook lawbook) =>
        {
            if (a is null || b is null) return Page(DiffPage.Render(law, a ?? "Sygedagpenge2025", b ?? "Hovedlov2027", null, null));
            try
            {
                return Page(DiffPage.Render(law, a, b, lawbook.Diff(a, b, null), null));
            }
            catch (LawbookException e)
            {
                return Page(DiffPage.Render(law, a, b, null, e.Message), StatusCodes.Status400BadRequest);
            }
        });
        pages.MapGet("/explain", (LawCatalog law) => Page(ToolPages.Explain(law)));
        pages.MapGet("/what-if", (LawCatalog law) => Page(ToolPages.WhatIf(law)));
        pages.MapGet("/reform", () => Page(ToolPages.Reform()));
        pages.MapGet("/assets/{file}", (string file) =>
            Assets.TryGetValue(file, out var asset) ? Results.Bytes(asset.Bytes, asset.Type) : Problems.NotFound("file", "no such asset"));
        pages.MapGet("/docs/diagnostics", () => Assets.TryGetValue("diagnostics.md", out var doc)
            ? Page(Diagnostics(System.Text.Encoding.UTF8.GetString(doc.Bytes)))
            : Problems.NotFound("file", "docs/diagnostics.md is not embedded"));
    }

    private static IResult Page(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    /// <summary>docs/diagnostics.md as text, each <c>## LK0017</c> an anchor a diagnostic links to.</summary>
    private static string Diagnostics(string markdown)
    {
        var h = new Html();
        h.Raw("<div class=\"doc\"><pre>");
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("## LK", StringComparison.Ordinal))
            {
                var id = line[3..].Trim();
                h.Raw("</pre><h2 id=\"").Text(id).Raw("\">").Text(id).Raw("</h2><pre>");
            }
            else
            {
                h.Text(line).Raw("\n");
            }
        }
        h.Raw("</pre></div>");
        return Html.Page("Diagnostics", "", h.ToString());
    }

    private static string NotFound(string detail)
    {
        var h = new Html();
        h.Raw("<h1>Not found</h1><p class=\"error\">").Text(detail).Raw("</p><p><a href=\"/\">The law</a></p>");
        return Html.Page("Not found", "", h.ToString());
    }

    private static Dictionary<string, (byte[], string)> LoadAssets()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var assets = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("assets/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            var file = name["assets/".Length..];
            var type = Path.GetExtension(file) switch
            {
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                _ => "text/plain; charset=utf-8",
            };
            assets[file] = (bytes.ToArray(), type);
        }
        return assets;
    }
}
