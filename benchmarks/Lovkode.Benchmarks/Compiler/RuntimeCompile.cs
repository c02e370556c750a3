using Lovkode.Benchmarks.Infrastructure;
using Lovkode.Cli.Regimes;
using Lovkode.Cli.Scenarios;
using Lovkode.Runtime;

namespace Lovkode.Benchmarks.Compiler;

/// <summary>
/// The CLI's run-time compiler on one spec file, exactly as <c>lovkode run</c> uses it for a
/// scenario that names a .rules file: front end (with the embedded law), emitter, Roslyn,
/// verification, load into a collectible context, and one instance of the regime.
/// </summary>
public static class RuntimeCompile
{
    public const string Spec = "Lab2019";

    /// <summary>Writes the spec to a temporary file, as a user's own .rules file would be on disk.</summary>
    public static string WriteSpec()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lovkode-bench-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Spec + ".rules");
        File.WriteAllText(path, LawRules.Text(Spec + ".rules"));
        return path;
    }

    /// <summary>Compiles and loads the spec, checks that the regime classifies, and unloads it.</summary>
    public static int CompileOnce(string path)
    {
        // The compile itself is measured, not the cache that would serve every iteration after the first.
        Environment.SetEnvironmentVariable(Lovkode.Cli.Compilation.RulesCache.SwitchVariable, "off");
        using var regimes = new RulesRegimes();
        var regime = regimes.Load(new RegimeReference(Spec, path, null, new ScenarioPlace(path, "regimes", 1, 1)));
        var citizen = default(Citizen);
        citizen[2] = 40; // age 40, benefit 0 (Dagpenge): a group with rules
        return regime.Classify(in citizen) + regime.Info.Requirements.Count;
    }
}
