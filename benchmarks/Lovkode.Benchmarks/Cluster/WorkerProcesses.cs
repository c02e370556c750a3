using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Lovkode.Benchmarks.Cluster;

/// <summary>
/// A Redis server and N <c>lovkode worker</c> processes on loopback, as docs/distributed.md starts
/// them: what the cluster benchmark runs against. Only the processes started here are stopped.
/// </summary>
internal sealed class WorkerProcesses : IDisposable
{
    private readonly List<Process> _processes = [];

    public WorkerProcesses(int workers)
    {
        var server = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server is not installed (apt-get install redis-server)");
        var port = FreePort();
        Start(server, ["--port", Text(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], "Ready to accept connections");
        Connection = $"redis://127.0.0.1:{Text(port)}";
        var lovkode = Path.Combine(AppContext.BaseDirectory, "lovkode.dll");
        for (var i = 0; i < workers; i++)
        {
            Start("dotnet", [lovkode, "worker", "--cluster", Connection, "--port", Text(FreePort()), "--gateway-port", Text(FreePort())], "lovkode worker: in the cluster");
        }
    }

    public string Connection { get; }

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            try
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
            process.Dispose();
        }
    }

    private void Start(string file, string[] args, string ready)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        _processes.Add(process);
        var started = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains(ready, StringComparison.Ordinal) == true) started.TrySetResult();
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!started.Task.Wait(TimeSpan.FromSeconds(120))) throw new InvalidOperationException($"{file} {string.Join(' ', args)} did not start within 120 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
}
