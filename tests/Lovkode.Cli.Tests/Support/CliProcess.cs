using System.Diagnostics;

namespace Lovkode.Cli.Tests.Support;

/// <summary>The outcome of one <c>lovkode</c> process.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>
/// Runs the real CLI as a separate process (<c>dotnet lovkode.dll</c>, copied next to the tests),
/// with output redirected, as a script or CI job would.
/// </summary>
internal static class CliProcess
{
    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>The CLI with <paramref name="environment"/> added to the process's environment.</summary>
    public static CliResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "lovkode.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"lovkode {string.Join(' ', args)} did not finish within 3 minutes");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A fresh temporary folder per test, removed afterwards.</summary>
public abstract class TempFolderTest : IDisposable
{
    protected TempFolderTest() => Folder = Directory.CreateTempSubdirectory("lovkode-e2e-").FullName;

    protected string Folder { get; }

    protected string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        // Make a folder a test made read-only writable again, or it cannot be removed.
        foreach (var dir in Directory.GetDirectories(Folder, "*", SearchOption.AllDirectories).Prepend(Folder).Where(_ => !OperatingSystem.IsWindows()))
        {
            if (OperatingSystem.IsWindows()) break;
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
