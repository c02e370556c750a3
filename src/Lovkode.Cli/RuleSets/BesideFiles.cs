using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax.Tree;

namespace Lovkode.Cli.RuleSets;

/// <summary>A file the front end read because a file the user gave names what it declares, and it sits beside that file.</summary>
public sealed record BesideFile(RulesFile File, RulesFile NamedBy, string Kind, string Name);

/// <summary>
/// A modeller keeps a domain and its regimes in one folder. When a regime file names a domain
/// or a base that no given file and no built-in file declares, the file that declares it is
/// looked for beside it (the same folder, not below), so that <c>lovkode explain
/// other/Reform.rules</c> works without naming <c>other/Domain.rules</c> too. Two candidates are
/// an error at the name (LK0133), never a guess.
/// </summary>
internal static class BesideFiles
{
    public static (UserRules Completed, IReadOnlyList<BesideFile> Found, IReadOnlyList<Diagnostic> Problems) Complete(UserRules user)
    {
        var found = new List<BesideFile>();
        var problems = new List<Diagnostic>();
        var folders = new Dictionary<string, IReadOnlyList<(RulesFile File, string FullPath)>>(StringComparer.Ordinal);
        var inSet = user.OnDisk().Select(f => f.FullPath).ToHashSet(StringComparer.Ordinal);
        var queue = new Queue<(RulesFile File, string FullPath)>(user.OnDisk());
        while (queue.Count > 0)
        {
            var (file, fullPath) = queue.Dequeue();
            if (file.Kind is not (RulesFileKind.Regime or RulesFileKind.Model)) continue;
            foreach (var (kind, name) in Needs(file))
            {
                if (Declared(user, kind, name.Text)) continue;
                var folder = Path.GetDirectoryName(fullPath)!;
                if (!folders.TryGetValue(folder, out var siblings)) folders[folder] = siblings = Siblings(folder, file.Path);
                var candidates = siblings.Where(s => s.File.Kind == kind && s.File.DeclaredName == name.Text && !inSet.Contains(s.FullPath)).ToList();
                if (candidates.Count == 1)
                {
                    var beside = candidates[0];
                    user = user.With([beside]);
                    inSet.Add(beside.FullPath);
                    found.Add(new BesideFile(beside.File, file, Word(kind), name.Text));
                    queue.Enqueue(beside);
                }
                else if (candidates.Count > 1)
                {
                    problems.Add(Diagnostic.Create(DiagnosticDescriptors.AmbiguousBesideFile, name.Span,
                        file.Path, Word(kind), name.Text, string.Join(", ", candidates.Select(c => c.File.Path))));
                }
            }
        }
        return (user, found, problems);
    }

    private static IEnumerable<(RulesFileKind Kind, NameSyntax Name)> Needs(RulesFile file)
    {
        if (file.Domain is { } domain) yield return (RulesFileKind.Domain, domain);
        if (file.Extends is { } extends) yield return (RulesFileKind.Regime, extends);
    }

    private static bool Declared(UserRules user, RulesFileKind kind, string name) =>
        user.Files.Any(f => f.Kind == kind && f.DeclaredName == name) || RulesLibrary.Find(kind, name) is not null;

    /// <summary>The .rules files in the folder, read; one that cannot be read is not a candidate (nobody asked for it).</summary>
    private static IReadOnlyList<(RulesFile File, string FullPath)> Siblings(string folder, string nextTo)
    {
        var siblings = new List<(RulesFile, string)>();
        IEnumerable<string> paths;
        try
        {
            paths = Directory.EnumerateFiles(folder, "*.rules", new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive }).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return siblings;
        }
        foreach (var path in paths)
        {
            try
            {
                siblings.Add((UserRules.ReadBeside(path, nextTo), path));
            }
            catch (CliException)
            {
            }
        }
        return siblings;
    }

    private static string Word(RulesFileKind kind) => kind == RulesFileKind.Domain ? "domain" : "regime";
}
