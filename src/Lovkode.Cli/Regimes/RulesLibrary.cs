using System.Reflection;

namespace Lovkode.Cli.Regimes;

/// <summary>
/// The .rules files compiled into Lovkode.Law, embedded there as resources <c>rules/&lt;file&gt;</c>.
/// A user's own file is compiled together with them, so that a reform can extend a Danish
/// regime and use the Danish domain; a user file that declares the same name replaces the
/// embedded one.
/// </summary>
public static class RulesLibrary
{
    private const string Prefix = "rules/";

    private static readonly Lazy<IReadOnlyList<RulesFile>> Embedded = new(LoadEmbedded);

    public static IReadOnlyList<RulesFile> Files => Embedded.Value;

    /// <summary>The user's files plus every embedded file they do not replace.</summary>
    public static IReadOnlyList<RulesFile> With(IReadOnlyList<RulesFile> userFiles)
    {
        var replaced = userFiles
            .Where(f => f.DeclaredName is not null)
            .Select(f => (f.DeclaredKind, f.DeclaredName))
            .ToHashSet();
        return userFiles
            .Concat(Files.Where(f => !replaced.Contains((f.DeclaredKind, f.DeclaredName))))
            .ToList();
    }

    /// <summary>The embedded file that declares the regime, if any.</summary>
    public static RulesFile? FindRegime(string name) =>
        Files.FirstOrDefault(f => f.DeclaredKind == "regime" && f.DeclaredName == name);

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
