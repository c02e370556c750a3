using System.Reflection;
using Lovkode.Spec.Text;

namespace Lovkode.Law.Tests;

/// <summary>
/// The .rules files of Lovkode.Law, read the way the CLI reads them: from the assembly's
/// embedded resources (<c>rules/&lt;file&gt;</c>). The files on disk are the same text; a test
/// checks that the two never drift apart.
/// </summary>
internal static class LawSources
{
    private const string Prefix = "rules/";

    public static Assembly LawAssembly { get; } = LoadLawAssembly();

    public static IReadOnlyList<SpecSource> Embedded { get; } = ReadEmbedded();

    public static string RulesFolderOnDisk { get; } = FindRulesFolder();

    public static IReadOnlyList<SpecSource> OnDisk() =>
        Directory.GetFiles(RulesFolderOnDisk, "*.rules")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new SpecSource(Prefix + Path.GetFileName(p), File.ReadAllText(p)))
            .ToList();

    private static Assembly LoadLawAssembly() => Assembly.Load("Lovkode.Law");

    private static IReadOnlyList<SpecSource> ReadEmbedded()
    {
        var sources = new List<SpecSource>();
        foreach (var name in LawAssembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            using var stream = LawAssembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            sources.Add(new SpecSource(name, reader.ReadToEnd()));
        }
        return sources;
    }

    private static string FindRulesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Lovkode.Law", "rules");
            if (Directory.Exists(candidate)) return candidate;
            dir = dir.Parent;
        }
        throw new DirectoryNotFoundException("src/Lovkode.Law/rules not found above " + AppContext.BaseDirectory);
    }
}
