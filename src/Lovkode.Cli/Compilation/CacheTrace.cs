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

    /// <summary>
    /// The CPU time the calling thread has used, in milliseconds (Linux, from /proc/thread-self/stat;
    /// null elsewhere or when tracing is off): which thread paid for a step, on a machine whose
    /// wall-clock time is mostly waiting for a core.
    /// </summary>
    public static double? ThreadCpuMilliseconds()
    {
        if (!Enabled || !OperatingSystem.IsLinux()) return null;
        try
        {
            var stat = File.ReadAllText("/proc/thread-self/stat");
            // Fields after the command name (in parentheses, which may hold spaces): utime and stime are the 14th and 15th, in ticks of 10 ms (USER_HZ is 100 on Linux).
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) * 10.0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
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
