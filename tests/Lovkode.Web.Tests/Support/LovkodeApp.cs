using Lovkode.Cli.Serving;
using Lovkode.Web.Contracts;
using Lovkode.Web.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Lovkode.Web.Tests.Support;

/// <summary>
/// The app as <c>lovkode serve</c> builds it (the CLI's lawbook, the same host builder), hosted
/// in memory by WebApplicationFactory, writing runs into a folder of its own. The type argument
/// only names the assembly with the entry point (the CLI, which hosts the app).
/// </summary>
public class LovkodeApp : WebApplicationFactory<CliLawbook>
{
    public LovkodeApp()
        : this(new CliLawbook(), s => s)
    {
    }

    internal LovkodeApp(ILawbook lawbook, Func<WebSettings, WebSettings> settings)
    {
        Lawbook = lawbook;
        Settings = settings(new WebSettings { ResultsFolder = Path.Combine(Path.GetTempPath(), "lovkode-web-tests", Guid.NewGuid().ToString("N")) });
    }

    public ILawbook Lawbook { get; }

    public WebSettings Settings { get; }

    protected override IHostBuilder CreateHostBuilder() => LovkodeWeb.CreateHostBuilder(Lawbook, Settings);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(Settings.ResultsFolder)) Directory.Delete(Settings.ResultsFolder, recursive: true);
    }
}

/// <summary>One app for a test class: the law is read once.</summary>
public sealed class SharedApp : LovkodeApp;
