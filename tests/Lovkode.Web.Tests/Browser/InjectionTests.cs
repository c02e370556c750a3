using Lovkode.Web.Tests.Support;

namespace Lovkode.Web.Tests.Browser;

/// <summary>In the browser, the injection corpus in a regime's names and citations runs nothing and shows as written.</summary>
[Collection("browser")]
public sealed class InjectionTests(HostileBrowserApp app) : IClassFixture<HostileBrowserApp>
{
    [ChromiumFact]
    public async Task Hostile_strings_show_as_text_and_run_nothing()
    {
        var page = await app.Open("/law/Hostile");
        await page.WaitForSelectorAsync("h2#parameters");
        Assert.StartsWith("Hostile", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("main img, main svg, main script, main b:text-is('bold')").CountAsync() - await page.Locator("main table b").Filter(new() { HasTextString = "bold" }).CountAsync());
        var text = await page.InnerTextAsync("main");
        Assert.Contains("<script>document.title='pwned'</script>", text, StringComparison.Ordinal);
        Assert.Contains("\"><img src=x onerror=", text, StringComparison.Ordinal);
        await BrowserApp.Screenshot(page, "08-hostile");
    }
}
