using Lovkode.Web.Tests.Support;
using Microsoft.Playwright;

namespace Lovkode.Web.Tests.Browser;

/// <summary>
/// The app in real chromium, as a user works it: browse the law, change a parameter and run,
/// explain a citizen, paste a broken reform. Few and small (2,000 persons, 8 weeks), so the
/// suite stays fast. Each step leaves a screenshot under artifacts/web/.
/// </summary>
[Collection("browser")]
public sealed class EndToEndTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [ChromiumFact]
    public async Task Open_the_app_and_browse_a_regime()
    {
        var page = await app.Open("/");
        await BrowserApp.Screenshot(page, "01-law");
        await page.ClickAsync("a.regime:text-is('Hovedlov2027')");
        await page.WaitForSelectorAsync("h2#groups");
        Assert.Contains("Hovedlov2027", await page.TitleAsync(), StringComparison.Ordinal);
        var groups = await page.Locator("#groups + table tbody tr").CountAsync();
        Assert.Equal(app.Lawbook.Regime("Hovedlov2027")!.Info.Groups.Count, groups);
        Assert.True(await page.Locator(".cite").CountAsync() > groups);
        await BrowserApp.Screenshot(page, "02-regime");

        await page.ClickAsync("a:text('what changes')");
        await page.WaitForSelectorAsync("#diff");
        Assert.True(await page.Locator("#diff tbody tr").CountAsync() > 0);
        await BrowserApp.Screenshot(page, "03-diff");
    }

    [ChromiumFact]
    public async Task Change_a_parameter_run_and_see_the_summary_and_chart_change()
    {
        var page = await app.Open("/what-if");
        await page.FillAsync("#whatif-population", "2000");
        await page.FillAsync("#whatif-weeks", "8");
        // Two replications, so that the results carry intervals.
        await page.FillAsync("#whatif-replications", "2");
        var before = await Run(page);
        Assert.Contains("95% CI", before, StringComparison.Ordinal);
        Assert.Contains("Hovedlov2027", before, StringComparison.Ordinal);
        Assert.True(await page.Locator("#whatif-chart rect.bar").CountAsync() > 0);
        var chartBefore = await page.InnerHTMLAsync("#whatif-chart");
        await BrowserApp.Screenshot(page, "04-what-if");

        // A bad value is refused in the form, as the compiler would.
        await page.SelectOptionAsync("#param-regime", "Hovedlov2027");
        await page.SelectOptionAsync("#param-name", "CvFrist");
        await page.WaitForSelectorAsync("#param-info b");
        await page.ClickAsync("#param-add");
        await page.FillAsync(".param-value", "-1");
        Assert.Equal("true", await page.GetAttributeAsync(".param-value", "aria-invalid"));
        await page.FillAsync(".param-value", "1");
        Assert.Null(await page.GetAttributeAsync(".param-value", "aria-invalid"));

        var after = await Run(page);
        Assert.NotEqual(before, after);
        Assert.NotEqual(chartBefore, await page.InnerHTMLAsync("#whatif-chart"));
        await page.HoverAsync("#whatif-chart rect.bar >> nth=0");
        Assert.Contains("95% CI", await page.InnerTextAsync("#chart-readout"), StringComparison.Ordinal);
        Assert.True(await page.Locator(".downloads a").CountAsync() == 4);
        await BrowserApp.Screenshot(page, "05-what-if-changed");

        // By municipality, the change is also drawn on the map of the 98.
        await page.SelectOptionAsync("#chart-dimension", "municipality");
        await page.WaitForSelectorAsync("#whatif-map rect.tile");
        Assert.Equal(98, await page.Locator("#whatif-map rect.tile").CountAsync());
        await page.HoverAsync("#whatif-map rect.tile >> nth=0");
        Assert.Contains("→", await page.InnerTextAsync("#chart-readout"), StringComparison.Ordinal);
        await page.Locator("#whatif-map").ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Artifacts, "05b-municipality-map.png") });

        // A timeline as one more reform: the law switching on a date.
        await page.FillAsync("#whatif-timeline", "Sygedagpenge2025; 2027-02-01 Hovedlov2027");
        Assert.Contains("Timeline", await Run(page), StringComparison.Ordinal);

        // Rows by each person's benefit (as lovkode run --group-by benefit): a delta for every benefit across the regrouping.
        // The totals (the headline Run waits on) do not change with the rows' keys: wait for the new results' line.
        await page.SelectOptionAsync("#whatif-groupby", "benefit");
        await page.ClickAsync("#whatif-run");
        await page.WaitForFunctionAsync("() => document.getElementById('whatif-results').innerText.includes(\"rows are each person's benefit\")", null, new() { Timeout = 60_000 });
        var results = await page.InnerTextAsync("#whatif-results");
        Assert.Contains("rows are each person's benefit in every arm", results, StringComparison.Ordinal);
        Assert.Contains("Kontanthjaelp", results, StringComparison.Ordinal);
        await BrowserApp.Screenshot(page, "05c-what-if-by-benefit");
    }

    [ChromiumFact]
    public async Task Explain_a_citizen()
    {
        var page = await app.Open("/explain");
        await page.SelectOptionAsync("#explain-regime", "Hovedlov2027");
        await page.FillAsync("#explain-citizen", "benefit=Dagpenge age=45");
        await page.ClickAsync("#explain-form button[type=submit]");
        await page.WaitForSelectorAsync("#explain-weeks-table");
        var expected = app.Lawbook.Explain(new("Hovedlov2027", "benefit=Dagpenge age=45"));
        Assert.Contains(expected.Group.Name, await page.InnerTextAsync("#explain-result .group"), StringComparison.Ordinal);
        Assert.Equal(expected.Weeks.Sum(w => w.Entries.Count), await page.Locator("#explain-weeks-table tbody tr").CountAsync());
        await BrowserApp.Screenshot(page, "06-explain");

        await page.FillAsync("#explain-citizen", "benefit=Pension");
        await page.ClickAsync("#explain-form button[type=submit]");
        await page.WaitForSelectorAsync("#explain-error:not([hidden])");
        Assert.Contains("Pension", await page.InnerTextAsync("#explain-error"), StringComparison.Ordinal);
        Assert.Equal("true", await page.GetAttributeAsync("#explain-citizen", "aria-invalid"));
    }

    [ChromiumFact]
    public async Task Paste_a_broken_reform_and_see_the_diagnostic_at_its_line()
    {
        var page = await app.Open("/reform");
        await page.FillAsync("#reform-text", "regime Mine extends Hovedlov2027 \"Mine\"\n  effective 2028-01-01\n  § \"test\"\n\noverride parameter NoSuchParameter\n  = 2   § \"test\"\n");
        var diagnostic = page.Locator(".diag.error").First;
        await diagnostic.WaitForAsync();
        Assert.Equal("5", await diagnostic.GetAttributeAsync("data-line"));
        Assert.Contains("NoSuchParameter", await page.InnerTextAsync("#reform-lines li:nth-child(5)"), StringComparison.Ordinal);
        var link = await diagnostic.Locator("a").GetAttributeAsync("href");
        Assert.StartsWith("/docs/diagnostics#LK", link, StringComparison.Ordinal);
        Assert.True(await page.IsDisabledAsync("#reform-run"));
        await BrowserApp.Screenshot(page, "07-reform-broken");

        // Fixed, it compiles and runs at once against its base.
        await page.FillAsync("#reform-text", "regime Mine extends Hovedlov2027 \"Mine\"\n  effective 2027-01-01\n  § \"test\"\n\noverride parameter CvFrist\n  = 1   § \"test\"\n");
        await page.WaitForSelectorAsync("#reform-summary.ok");
        await page.ClickAsync("#reform-run");
        // The navigation's commit, then the control the page builds from the stored reform: the
        // page's load event (WaitForURL's default) waits for every asset, which on a loaded
        // 2-core CI machine took more than the default 30 s once.
        await page.WaitForURLAsync("**/what-if", new() { WaitUntil = WaitUntilState.Commit, Timeout = 90_000 });
        var mine = page.Locator("input[name=reform][value=Mine]");
        await mine.WaitForAsync(new() { Timeout = 90_000 });
        Assert.True(await mine.IsCheckedAsync());
        await page.FillAsync("#whatif-population", "1000");
        await page.FillAsync("#whatif-weeks", "4");
        Assert.Contains("Mine", await Run(page), StringComparison.Ordinal);

        // The same reform can be explained for a citizen.
        await page.GotoAsync(app.Address.TrimEnd('/') + "/explain");
        Assert.Equal("Mine", await page.InputValueAsync("#explain-regime"));
        await page.ClickAsync("#explain-form button[type=submit]");
        await page.WaitForSelectorAsync("#explain-weeks-table");
        Assert.StartsWith("Mine", await page.InnerTextAsync("#explain-result h2"), StringComparison.Ordinal);
        await BrowserApp.Screenshot(page, "08-explain-own-reform");
    }

    [ChromiumFact]
    public async Task Reweight_the_population_and_run_an_uncertainty_analysis()
    {
        var page = await app.Open("/what-if");
        await page.WaitForSelectorAsync("#whatif-composition input.share");
        await page.FillAsync("#whatif-population", "400");
        await page.FillAsync("#whatif-weeks", "4");
        // Shares that add up to nothing are refused by the API, and the fact's fields are marked.
        var benefit = page.Locator("#whatif-composition input[data-fact=benefit]");
        for (var i = 0; i < await benefit.CountAsync(); i++) await benefit.Nth(i).FillAsync("0");
        await page.ClickAsync("#whatif-run");
        await page.WaitForSelectorAsync("#whatif-error:not([hidden])");
        Assert.Contains("composition.benefit", await page.InnerTextAsync("#whatif-error"), StringComparison.Ordinal);
        var dagpenge = page.Locator("#whatif-composition input[data-fact=benefit][data-member=Dagpenge]");
        Assert.Equal("true", await dagpenge.GetAttributeAsync("aria-invalid"));

        for (var i = 0; i < await benefit.CountAsync(); i++) await benefit.Nth(i).FillAsync("10");
        await dagpenge.FillAsync("60");
        await page.FillAsync("#whatif-samples", "4");
        // 4 samples and both ends of every assumption (the tornado): some 140 small worlds, which
        // on a loaded 2-core machine take longer than a plain run.
        await Run(page, 180_000);
        await page.WaitForSelectorAsync("#uncertainty-outcomes");
        Assert.True(await page.Locator("#uncertainty-outcomes tbody tr").CountAsync() > 3);
        Assert.True(await page.Locator("#tornado-chart rect.bar").CountAsync() > 0);
        // Forced: where both ends lie on one side, the shorter bar sits on the longer one.
        await page.HoverAsync("#tornado-chart rect.bar >> nth=0", new() { Force = true });
        Assert.Contains("end", await page.InnerTextAsync("#whatif-uncertainty .readout"), StringComparison.Ordinal);
        // Titles, not metric ids.
        Assert.DoesNotContain("caseworker.hours", await page.InnerTextAsync("#whatif-totals"), StringComparison.Ordinal);
        await BrowserApp.Screenshot(page, "09-what-if-uncertainty");
        await page.Locator("#whatif-uncertainty").ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Artifacts, "10-uncertainty-section.png") });
        await page.Locator("#whatif-composition").ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.Artifacts, "11-composition.png") });
    }

    /// <summary>Runs the what-if and returns the headline once the results are shown.</summary>
    private static async Task<string> Run(IPage page, float timeout = 30_000)
    {
        var old = await page.Locator("#whatif-headline").CountAsync() > 0 ? await page.InnerTextAsync("#whatif-headline") : null;
        await page.ClickAsync("#whatif-run");
        await page.WaitForFunctionAsync("old => { const h = document.getElementById('whatif-headline'); return h && h.innerText !== old && document.getElementById('whatif-status').textContent.startsWith('done'); }", old, new() { Timeout = timeout });
        return await page.InnerTextAsync("#whatif-headline");
    }
}
