using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Lovkode.Cluster.Tests.EndToEnd;

/// <summary>A child process whose output is kept, killed (and only it) when disposed.</summary>
internal sealed class Child : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private Child(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public bool HasExited => _process.HasExited;

    public static Child Start(string file, IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return new Child(Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start"));
    }

    /// <summary><c>lovkode</c> (the CLI's dll, copied next to the tests) with these arguments.</summary>
    public static Child Lovkode(string workingDirectory, params string[] args) => Lovkode(null, workingDirectory, args);

    /// <summary><c>lovkode</c> with these environment variables set as well.</summary>
    public static Child Lovkode(IReadOnlyDictionary<string, string>? environment, string workingDirectory, params string[] args) =>
        Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "lovkode.dll"), .. args], workingDirectory, environment);

    /// <summary>Waits until the output holds <paramref name="text"/>; false after <paramref name="timeout"/> or when the process ended first.</summary>
    public bool WaitFor(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (Output.Contains(text, StringComparison.Ordinal)) return true;
            if (_process.HasExited) return Output.Contains(text, StringComparison.Ordinal);
            Thread.Sleep(50);
        }
        return false;
    }

    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the process did not end within {timeout.TotalSeconds:0} s; output:\n{Output}");
        }
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the process gets no chance to say goodbye (<c>kill -9</c>).</summary>
    public void Kill9() => _process.Kill(entireProcessTree: false);

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }
}

internal static class FreePorts
{
    /// <summary>A port nothing listens on now (the OS picks it); good enough for a test's children.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
