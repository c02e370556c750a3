using System.Diagnostics;
using System.Globalization;

namespace Lovkode.Benchmarks.Compiler;

/// <summary>
/// The first run-time compile in a fresh process: what a user waits for on `lovkode run
/// my.rules`. Each launch is a new process running <see cref="ChildSwitch"/>, which times its
/// first compile (and, for comparison, its second); the host reports each launch and the median.
/// </summary>
public static class ColdCompileStudy
{
    public const string ChildSwitch = "--cold-compile-child";

    private const string Marker = "cold-compile-ms:";

    public static int RunChild()
    {
        var path = RuntimeCompile.WriteSpec();
        var clock = Stopwatch.StartNew();
        RuntimeCompile.CompileOnce(path);
        var cold = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        RuntimeCompile.CompileOnce(path);
        var second = clock.Elapsed.TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Marker} {cold:F1} {second:F1}"));
        return 0;
    }

    public static IReadOnlyList<(double Cold, double Second)> Run(bool dry, TextWriter log)
    {
        var launches = dry ? 1 : 5;
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var assembly = typeof(ColdCompileStudy).Assembly.Location;
        var results = new List<(double, double)>();
        for (var i = 0; i < launches; i++)
        {
            // Started through the same host: `dotnet Lovkode.Benchmarks.dll` or the apphost.
            var start = Path.GetFileNameWithoutExtension(self) == "dotnet"
                ? new ProcessStartInfo(self, [assembly, ChildSwitch])
                : new ProcessStartInfo(self, [ChildSwitch]);
            start.RedirectStandardOutput = true;
            start.UseShellExecute = false;
            using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the child process");
            var output = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"the cold compile child failed (exit {child.ExitCode}): {output}");
            var parts = line[Marker.Length..].Trim().Split(' ');
            var result = (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold compile, launch {i + 1}: first {result.Item1:F0} ms, second {result.Item2:F0} ms"));
            results.Add(result);
        }
        var median = results.Select(r => r.Item1).Order().ElementAt(results.Count / 2);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold compile: median of {launches} launch(es) {median:F0} ms"));
        return results;
    }
}
