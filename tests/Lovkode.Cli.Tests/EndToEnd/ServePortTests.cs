using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Lovkode.Cli.Tests.Support;

namespace Lovkode.Cli.Tests.EndToEnd;

/// <summary><c>lovkode serve --port N</c>: the web app on loopback at that port.</summary>
public sealed class ServePortTests : TempFolderTest
{
    [Fact]
    public async Task Serve_with_a_port_listens_on_loopback_at_it()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "lovkode.dll"), "serve", "--port", $"{port}", "--results", Path.Combine(Folder, "runs") })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
            Assert.Equal($"lovkode serve: listening on http://127.0.0.1:{port} (Ctrl+C stops)", line);
            using var http = new HttpClient();
            var page = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/api/population"));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Theory]
    [InlineData(new[] { "--port", "70000" }, "error: --port: a port is 1 to 65535, not 70000")]
    [InlineData(new[] { "--port", "0" }, "error: --port: a port is 1 to 65535, not 0")]
    [InlineData(new[] { "--port", "8080", "--urls", "http://127.0.0.1:8081" }, "error: --port: give --port or --urls, not both (--urls can name the port: http://127.0.0.1:8080)")]
    public void A_port_that_cannot_be_used_is_one_line_and_exit_code_2(string[] options, string line)
    {
        var result = CliProcess.Run(Folder, ["serve", .. options]);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(line, result.Stderr.TrimEnd());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
