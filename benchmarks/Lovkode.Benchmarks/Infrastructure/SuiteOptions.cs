using System.Text.RegularExpressions;

namespace Lovkode.Benchmarks.Infrastructure;

/// <summary>
/// The suite's own switches, taken out of the arguments before BenchmarkDotNet sees the rest:
/// <c>--check-only</c> runs only the equivalence check; <c>--no-variance</c> skips the
/// variance reduction study, which otherwise runs when a <c>--filter</c> pattern matches
/// <see cref="VarianceStudyName"/>; <c>--variance-only</c> runs nothing else;
/// <c>--variance-replications N</c> sets the study's replications (a variance ratio from R
/// replications is uncertain by a factor of about exp(2.8/√R) either way). A dry job
/// (<c>--job dry</c>) runs in-process.
/// </summary>
public sealed record SuiteOptions(string[] BenchmarkArgs, bool CheckOnly, bool RunBenchmarks, bool RunVarianceStudy, bool Dry, string[] FilterPatterns)
{
    public const string ReplicationsSwitch = "--variance-replications";

    /// <summary>The variance study's replications, or null for its default.</summary>
    public int? VarianceReplications { get; init; }

    public const string VarianceStudyName = "Lovkode.Benchmarks.VarianceReduction.VarianceReductionStudy";

    /// <summary>Whether the last parsed arguments ask for a dry job: benchmarks whose real sizes take minutes then take small ones (they run in-process, so they see this).</summary>
    public static bool DryRun { get; private set; }

    /// <summary>Whether a study (a measurement outside BenchmarkDotNet) is selected by the <c>--filter</c> patterns.</summary>
    public bool Selects(string studyName) => RunBenchmarks && FilterPatterns.Any(f => Matches(f, studyName));

    public static SuiteOptions Parse(string[] args)
    {
        var own = new HashSet<string>(StringComparer.Ordinal) { "--check-only", "--no-variance", "--variance-only" };
        var replications = ReplicationsOf(args);
        var rest = WithoutReplications(args).Where(a => !own.Contains(a)).ToArray();
        var varianceOnly = args.Contains("--variance-only");
        var dry = JobNames(rest).Any(j => string.Equals(j, "dry", StringComparison.OrdinalIgnoreCase));
        var study = varianceOnly || (!args.Contains("--no-variance") && Filters(rest).Any(f => Matches(f, VarianceStudyName)));
        // A smoke run only needs each benchmark to run once; in-process it skips BenchmarkDotNet's
        // Release build of a child project, which alone takes minutes on a busy machine.
        if (dry && !rest.Any(a => a is "--inProcess" or "-i")) rest = [.. rest, "--inProcess"];
        DryRun = dry;
        return new SuiteOptions(rest, args.Contains("--check-only"), !varianceOnly, study, dry, Filters(rest).ToArray()) { VarianceReplications = replications };
    }

    /// <exception cref="ArgumentException">The value is missing, not a whole number, or below 2 (a variance needs two).</exception>
    private static int? ReplicationsOf(string[] args)
    {
        var at = Array.IndexOf(args, ReplicationsSwitch);
        if (at < 0) return null;
        if (at + 1 >= args.Length || !int.TryParse(args[at + 1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 2)
            throw new ArgumentException($"{ReplicationsSwitch} takes a whole number of at least 2 (got '{(at + 1 < args.Length ? args[at + 1] : "")}').");
        return n;
    }

    private static IEnumerable<string> WithoutReplications(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == ReplicationsSwitch) { i++; continue; }
            yield return args[i];
        }
    }

    private static IEnumerable<string> JobNames(string[] args) => ValuesOf(args, "--job", "-j");

    private static IEnumerable<string> Filters(string[] args) => ValuesOf(args, "--filter", "-f");

    /// <summary>The values after an option, up to the next option: BenchmarkDotNet takes several (<c>--filter a b</c>).</summary>
    private static IEnumerable<string> ValuesOf(string[] args, params string[] names)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (!names.Contains(args[i], StringComparer.OrdinalIgnoreCase)) continue;
            for (var j = i + 1; j < args.Length && !args[j].StartsWith('-'); j++) yield return args[j];
        }
    }

    /// <summary>BenchmarkDotNet's glob: <c>*</c> is any run of characters, <c>?</c> one, case-insensitive.</summary>
    private static bool Matches(string pattern, string name) =>
        Regex.IsMatch(name, "^" + Regex.Escape(pattern).Replace(@"\*", ".*").Replace(@"\?", ".") + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
