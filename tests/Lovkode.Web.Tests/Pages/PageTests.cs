using System.Net;
using System.Text.RegularExpressions;
using Lovkode.Web.Tests.Support;

namespace Lovkode.Web.Tests.Pages;

/// <summary>The server-rendered pages: every one answers, carries the security headers, and shows hostile text as text.</summary>
public sealed class PageTests : IDisposable
{
    private readonly HostileLawbook _lawbook = new();
    private readonly LovkodeApp _app;
    private readonly HttpClient _client;

    public PageTests()
    {
        _app = new LovkodeApp(_lawbook, s => s);
        _client = _app.CreateClient();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/law/Hovedlov2027")]
    [InlineData("/diff")]
    [InlineData("/diff?a=Sygedagpenge2025&b=Hovedlov2027")]
    [InlineData("/explain")]
    [InlineData("/what-if")]
    [InlineData("/reform")]
    [InlineData("/docs/diagnostics")]
    [InlineData("/assets/app.js")]
    [InlineData("/assets/app.css")]
    public async Task Every_page_answers_with_a_policy_that_allows_only_its_own_script(string path)
    {
        var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        if (path.StartsWith("/assets", StringComparison.Ordinal)) return;
        var html = await response.Content.ReadAsStringAsync();
        // No inline script or style for the policy to refuse.
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"<[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public async Task Unknown_pages_and_bad_diffs_say_so_as_text()
    {
        var missing = await _client.GetAsync("/law/%3Cscript%3Ealert(1)%3C%3Fscript%3E");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var html = await missing.Content.ReadAsStringAsync();
        Assert.Contains("&lt;script&gt;alert(1)&lt;?script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        var diff = await _client.GetAsync("/diff?a=Lab2019&b=%22%3E%3Cimg%20src%3Dx%3E");
        Assert.Equal(HttpStatusCode.BadRequest, diff.StatusCode);
        Assert.DoesNotContain("<img src=x>", await diff.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The injection corpus in a regime's title, citations and parameter titles: on the page, each is the encoded text, never markup.</summary>
    [Fact]
    public async Task Hostile_names_and_citations_render_as_text()
    {
        foreach (var path in new[] { "/", "/law/Hostile" })
        {
            var html = await _client.GetStringAsync(path);
            foreach (var text in _lawbook.Texts.Take(path == "/" ? 2 : _lawbook.Texts.Count))
            {
                if (text.Contains('<', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal)) Assert.DoesNotContain(text, html, StringComparison.Ordinal);
                Assert.Contains(Web.Pages.Html.Encode(text), html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task The_law_page_shows_every_dated_value_with_its_source()
    {
        var html = await _client.GetStringAsync("/law/Hovedlov2027");
        var info = _lawbook.Regime("Hovedlov2027")!.Info;
        foreach (var parameter in info.Parameters) Assert.Contains(Web.Pages.Html.Encode(parameter.Name), html, StringComparison.Ordinal);
        var ranged = info.Parameters.SelectMany(p => p.Values).First(v => v.Range is not null);
        Assert.Contains(Web.Pages.Html.Encode(ranged.Citation.Text), html, StringComparison.Ordinal);
        Assert.Contains(" – ", html, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
        _lawbook.Dispose();
    }
}
