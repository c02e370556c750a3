using Lovkode.Cli.Serving;
using Lovkode.Web.Contracts;
using Lovkode.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;

namespace Lovkode.Web.Tests.Support;

/// <summary>
/// The app on a real loopback port, as <c>lovkode serve</c> runs it, and Debian's chromium driven
/// by Playwright through its executable path (no browser download). Screenshots go to
/// <c>artifacts/web/</c> beside the test assembly.
/// </summary>
public class BrowserApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IHost? _host;
    private IPlaywright? _playwright;

    public BrowserApp()
        : this(new CliLawbook())
    {
    }

    internal BrowserApp(ILawbook lawbook) => Lawbook = lawbook;

    public ILawbook Lawbook { get; }

    public string Address { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public static string Artifacts { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "web");

    public WebSettings Settings { get; } = new() { Urls = "http://127.0.0.1:0", ResultsFolder = Path.Combine(Path.GetTempPath(), "lovkode-web-e2e", Guid.NewGuid().ToString("N")) };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Artifacts);
        _host = LovkodeWeb.CreateHostBuilder(Lawbook, Settings).Build();
        await _host.StartAsync();
        Address = _host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
    }

    public async Task<IPage> Open(string path)
    {
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout(30_000);
        // A dialog would mean a hostile string ran as script.
        page.Dialog += (_, dialog) => throw new InvalidOperationException($"a dialog opened: {dialog.Message}");
        await page.GotoAsync(Address.TrimEnd('/') + path);
        return page;
    }

    public static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
        (Lawbook as IDisposable)?.Dispose();
        if (Directory.Exists(Settings.ResultsFolder)) Directory.Delete(Settings.ResultsFolder, recursive: true);
    }
}

/// <summary>The app with the hostile regime (<see cref="HostileLawbook"/>).</summary>
public sealed class HostileBrowserApp() : BrowserApp(new HostileLawbook());

/// <summary>
/// A browser test: skipped, saying why, only when chromium is absent on a developer's machine.
/// Under CI (CI=true), which installs chromium, it always runs.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        var underCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(BrowserApp.ChromiumPath) && !underCi) Skip = "chromium is not installed (/usr/bin/chromium); `apt-get install -y chromium` to run the browser tests";
    }
}
