using Lovkode.Benchmarks.Infrastructure;
using Lovkode.Cli.RuleSets;
using Lovkode.Runtime;

namespace Lovkode.Benchmarks.Compiler;

/// <summary>
/// The CLI's run-time compiler on one spec file, exactly as <c>lovkode run</c> uses it for a
/// scenario that names a .rules file: front end (the user's file with the embedded law), emitter,
/// Roslyn, verification, load into a collectible context, and one instance of the regime.
/// </summary>
public static class RuntimeCompile
{
    /// <summary>Lab2019's text under a name of its own, as a user's copy would be (a built-in name would be LK0130).</summary>
    public const string Spec = "BenchLab2019";

    /// <summary>Writes the spec to a temporary file, as a user's own .rules file would be on disk.</summary>
    public static string WriteSpec()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lovkode-bench-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Spec + ".rules");
        File.WriteAllText(path, LawRules.Text("Lab2019.rules").Replace("regime Lab2019 ", $"regime {Spec} ", StringComparison.Ordinal));
        return path;
    }

    /// <summary>Compiles and loads the spec, checks that the regime classifies, and unloads it.</summary>
    public static int CompileOnce(string path)
    {
        // The compile itself is measured, not the cache that would serve every iteration after the first.
        Environment.SetEnvironmentVariable(Lovkode.Cli.Compilation.RulesCache.SwitchVariable, "off");
        var set = RuleSet.Compile(UserRules.FromPaths([path]));
        if (set.ErrorSummary() is { } error) throw new InvalidOperationException(error);
        using var loader = new RegimeLoader(set);
        var regime = loader.Create(Spec);
        var citizen = default(Citizen);
        citizen[2] = 40; // age 40, benefit 0 (Dagpenge): a group with rules
        return regime.Classify(in citizen) + regime.Info.Requirements.Count;
    }
}
