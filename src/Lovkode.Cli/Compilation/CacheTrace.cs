namespace Lovkode.Cli.Compilation;

/// <summary>
/// LOVKODE_TRACE=cache writes what the rules cache does to standard error (hit, compile,
/// rejected entry, a reform run on a compiled-in evaluator), each step of the way from the .rules
/// files to a loaded regime with its time, every line with the time since the process started,
/// and, at exit, whether Roslyn was loaded into the process at all: the way to see that a rerun
/// was served from the cache, and where a start-up's time goes (docs/benchmarks.md, "Start-up").
/// </summary>
internal static class CacheTrace
{
    public const string Variable = "LOVKODE_TRACE";

    private static readonly bool Enabled = IsEnabled();

    public static void Write(string message)
    {
        if (Enabled) Console.Error.WriteLine($"lovkode cache: {message} [{SinceStart():F0} ms since start]");
    }

    /// <summary>Runs a step and, when tracing, writes how long it took.</summary>
    public static T Time<T>(string step, Func<T> run)
    {
        if (!Enabled) return run();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = run();
        Write($"{step} in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
        return result;
    }

    private static double SinceStart()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return (DateTime.Now - process.StartTime).TotalMilliseconds;
    }

    private static bool IsEnabled()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (value is null || !value.Split(',').Contains("cache", StringComparer.OrdinalIgnoreCase)) return false;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            var roslyn = AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == "Microsoft.CodeAnalysis");
            Console.Error.WriteLine($"lovkode cache: Roslyn loaded in this process: {(roslyn ? "yes" : "no")} [{SinceStart():F0} ms since start]");
        };
        return true;
    }
}
