using System.CommandLine;
using Lovkode.Cli.Serving;
using Lovkode.Web.Hosting;
using Microsoft.Extensions.Hosting;

namespace Lovkode.Cli.Commands;

/// <summary>
/// <c>lovkode serve [--urls http://127.0.0.1:5000 | --port 5000]</c>: the web app and JSON API (docs/web.md),
/// on loopback unless <c>--urls</c> says otherwise, until Ctrl+C.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "where to listen, e.g. http://127.0.0.1:5000 (several separated by ';'); loopback unless you name another address", DefaultValueFactory = _ => WebSettings.DefaultUrls };
        var port = new Option<int?>("--port") { Description = "listen on http://127.0.0.1:PORT: loopback, as --urls's default, on another port" };
        var results = new Option<string?>("--results") { Description = "the folder the app writes runs' files to (default: a lovkode-serve folder in the system's temporary folder)" };
        var command = new Command("serve", "Run the local web app: browse the law, run what-ifs, explain a case, check a reform") { urls, port, results };
        command.SetAction(parse => Guarded.Run(() => Execute(Listen(parse.GetValue(urls)!, parse.GetResult(urls) is { Implicit: false }, parse.GetValue(port)), parse.GetValue(results))));
        return command;
    }

    /// <summary>Where to listen: <c>--port</c> is the common case of <c>--urls</c>, so one of the two.</summary>
    private static string Listen(string urls, bool urlsGiven, int? port)
    {
        if (port is not { } p) return urls;
        if (urlsGiven) throw new CliException("--port: give --port or --urls, not both (--urls can name the port: http://127.0.0.1:8080)");
        if (p is < 1 or > 65535) throw new CliException($"--port: a port is 1 to 65535, not {p}");
        return $"http://127.0.0.1:{p}";
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
