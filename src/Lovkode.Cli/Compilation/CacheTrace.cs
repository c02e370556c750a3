namespace Lovkode.Cli.Compilation;

/// <summary>
/// LOVKODE_TRACE=cache writes what the rules cache does to standard error (hit, compile,
/// rejected entry) and, at exit, whether Roslyn was loaded into the process at all: the way to
/// see that a rerun was served from the cache.
/// </summary>
internal static class CacheTrace
{
    public const string Variable = "LOVKODE_TRACE";

    private static readonly bool Enabled = IsEnabled();

    public static void Write(string message)
    {
        if (Enabled) Console.Error.WriteLine($"lovkode cache: {message}");
    }

    private static bool IsEnabled()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (value is null || !value.Split(',').Contains("cache", StringComparer.OrdinalIgnoreCase)) return false;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            var roslyn = AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == "Microsoft.CodeAnalysis");
            Console.Error.WriteLine($"lovkode cache: Roslyn loaded in this process: {(roslyn ? "yes" : "no")}");
        };
        return true;
    }
}
