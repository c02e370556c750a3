using System.CommandLine;
using Lovkode.Cli.Serving;
using Lovkode.Web.Hosting;
using Microsoft.Extensions.Hosting;

namespace Lovkode.Cli.Commands;

/// <summary>
/// <c>lovkode serve [--urls http://127.0.0.1:5000]</c>: the web app and JSON API (docs/web.md),
/// on loopback unless <c>--urls</c> says otherwise, until Ctrl+C.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "where to listen, e.g. http://127.0.0.1:5000 (several separated by ';'); loopback unless you name another address", DefaultValueFactory = _ => WebSettings.DefaultUrls };
        var results = new Option<string?>("--results") { Description = "the folder the app writes runs' files to (default: a lovkode-serve folder in the system's temporary folder)" };
        var command = new Command("serve", "Run the local web app: browse the law, run what-ifs, explain a case, check a reform") { urls, results };
        command.SetAction(parse => Guarded.Run(() => Execute(parse.GetValue(urls)!, parse.GetValue(results))));
        return command;
    }

    public static int Execute(string urls, string? results)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw new CliException($"--urls: expected an address such as http://127.0.0.1:5000, got '{url}'");
        }
        var settings = new WebSettings { Urls = urls };
        if (results is not null) settings = settings with { ResultsFolder = Path.GetFullPath(results) };
        OutputFolder.EnsureWritable(settings.ResultsFolder);
        using var host = LovkodeWeb.CreateHostBuilder(new CliLawbook(), settings).Build();
        try
        {
            host.Start();
        }
        catch (IOException e)
        {
            throw new CliException($"--urls: cannot listen on {urls}: {e.Message}");
        }
        Console.WriteLine($"lovkode serve: listening on {urls} (Ctrl+C stops)");
        host.WaitForShutdown();
        return ExitCodes.Ok;
    }
}
