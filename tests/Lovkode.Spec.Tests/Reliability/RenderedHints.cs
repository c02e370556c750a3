using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Reliability;

/// <summary>
/// The hint of each id as the compiler prints it for the bad example of its case folder: a
/// hint is filled from the same arguments as its message, so docs/diagnostics.md shows it
/// rendered, never as a template.
/// </summary>
internal static class RenderedHints
{
    private static readonly string CasesRoot = Path.Combine(AppContext.BaseDirectory, "Cases");

    private static readonly Lazy<IReadOnlyDictionary<string, Diagnostic>> FirstOfEachId = new(Collect);

    /// <summary>Every diagnostic of every bad case folder.</summary>
    public static IEnumerable<Diagnostic> All() => Directory.GetDirectories(CasesRoot)
        .Where(d => Path.GetFileName(d).StartsWith("LK", StringComparison.Ordinal))
        .OrderBy(d => d, StringComparer.Ordinal)
        .SelectMany(d => SpecCompiler.Compile(Load(Path.Combine(d, "bad"))).Diagnostics);

    /// <summary>The hint printed for the id's own bad example, or the descriptor's when the folder is missing.</summary>
    public static string For(DiagnosticDescriptor descriptor) =>
        FirstOfEachId.Value.TryGetValue(descriptor.Id, out var d) ? d.Hint : descriptor.Hint;

    private static IReadOnlyDictionary<string, Diagnostic> Collect()
    {
        var result = new Dictionary<string, Diagnostic>(StringComparer.Ordinal);
        foreach (var dir in Directory.GetDirectories(CasesRoot).Where(d => Path.GetFileName(d).StartsWith("LK", StringComparison.Ordinal)))
        {
            var id = Path.GetFileName(dir);
            var first = SpecCompiler.Compile(Load(Path.Combine(dir, "bad"))).Diagnostics.FirstOrDefault(d => d.Id == id);
            if (first is not null) result[id] = first;
        }
        return result;
    }

    private static List<SpecSource> Load(string folder)
    {
        var sources = Directory.GetFiles(folder, "*.rules").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new SpecSource(Path.GetFileName(f), File.ReadAllText(f))).ToList();
        var declaresDomain = sources.Any(s => s.Text.Split('\n').Select(l => l.Trim())
            .FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#'))?.StartsWith("domain ", StringComparison.Ordinal) == true);
        if (!declaresDomain) sources.Add(new SpecSource("TestDomain.rules", File.ReadAllText(Path.Combine(CasesRoot, "_domain", "TestDomain.rules"))));
        return sources;
    }
}
