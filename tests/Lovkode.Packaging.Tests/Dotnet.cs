using System.Diagnostics;

namespace Lovkode.Packaging.Tests;

/// <summary>The outcome of one process.</summary>
internal sealed record ProcessResult(string Command, int ExitCode, string Stdout, string Stderr)
{
    public string Output => Stdout + Stderr;

    public override string ToString() => $"{Command}\nexit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>
/// Runs dotnet (or an installed tool) the way a user's shell would, with the NuGet packages folder
/// of the run's feed, so a package from an earlier run is never taken from the global cache.
/// </summary>
internal static class Dotnet
{
    public static ProcessResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, string fileName, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["NO_COLOR"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var command = $"{fileName} {string.Join(' ', args)}";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} did not finish within 10 minutes");
        }
        return new ProcessResult(command, process.ExitCode, stdout.Result, stderr.Result);
    }

    public static ProcessResult Succeed(string workingDirectory, IReadOnlyDictionary<string, string> environment, string fileName, params string[] args)
    {
        var result = Run(workingDirectory, environment, fileName, args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }
}
