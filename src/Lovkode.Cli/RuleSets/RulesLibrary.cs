using System.Reflection;
using Lovkode.Spec;

namespace Lovkode.Cli.RuleSets;

/// <summary>
/// The built-in law: the .rules files compiled into Lovkode.Law, embedded there as resources
/// <c>rules/&lt;file&gt;</c>. A user's set of files is compiled together with them
/// (<see cref="RuleSet"/>), so that a reform can extend a Danish regime and use the Danish domain.
/// </summary>
public static class RulesLibrary
{
    private const string Prefix = "rules/";

    private static readonly Lazy<IReadOnlyList<RulesFile>> Embedded = new(LoadEmbedded);

    private static readonly Lazy<SpecCompilation> Alone = new(() => SpecCompiler.Compile(Files.Select(f => f.Source)));

    public static IReadOnlyList<RulesFile> Files => Embedded.Value;

    /// <summary>The built-in law compiled on its own, as the source generator compiles it.</summary>
    public static SpecCompilation Compilation => Alone.Value;

    /// <summary>The built-in file that declares the regime or domain, if any.</summary>
    public static RulesFile? Find(RulesFileKind kind, string name) =>
        Files.FirstOrDefault(f => f.Kind == kind && f.DeclaredName == name);

    /// <summary>The built-in file that declares the regime, if any.</summary>
    public static RulesFile? FindRegime(string name) => Find(RulesFileKind.Regime, name);

    /// <summary>Whether a path is one of the built-in files' (a user's file never gets such a path: see <see cref="UserRules"/>).</summary>
    public static bool IsBuiltInPath(string path) => Files.Any(f => f.Path == path);

    private static List<RulesFile> LoadEmbedded()
    {
        var law = LawAssembly();
        return law.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".rules", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = law.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return RulesFile.From(n, reader.ReadToEnd());
            })
            .ToList();
    }

    internal static Assembly LawAssembly() => Assembly.Load("Lovkode.Law");
}
