using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Cases;

/// <summary>Runs every Cases/LKxxxx folder: the bad files must report the id at the expected places, the good ones must not.</summary>
public sealed class DiagnosticCaseTests
{
    private static readonly string CasesRoot = Path.Combine(AppContext.BaseDirectory, "Cases");

    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(CasesRoot).OrderBy(d => d, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dir);
            if (name.StartsWith("LK", StringComparison.Ordinal)) data.Add(name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Bad_files_report_the_id_at_the_expected_places(string id)
    {
        var folder = Path.Combine(CasesRoot, id, "bad");
        var compilation = SpecCompiler.Compile(LoadFolder(folder));
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        Assert.NotEmpty(expected);
        var reported = compilation.Diagnostics
            .Select(d => $"{Path.GetFileName(d.Span.Path)}:{d.Span.Line}:{d.Span.Column} {d.Id}")
            .ToList();
        foreach (var line in expected)
        {
            Assert.True(reported.Contains(line), $"expected '{line}' among:\n{string.Join("\n", compilation.Diagnostics)}");
        }
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Good_files_compile_without_the_id_or_any_error(string id)
    {
        var folder = Path.Combine(CasesRoot, id, "good");
        var compilation = SpecCompiler.Compile(LoadFolder(folder));
        var offending = compilation.Diagnostics.Where(d => d.Id == id || d.IsError).ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }

    private static IEnumerable<SpecSource> LoadFolder(string folder)
    {
        var sources = Directory.GetFiles(folder, "*.rules")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new SpecSource(Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();
        // A domain file is one whose first declaration is `domain`; a regime's indented
        // `domain X` clause does not count.
        var declaresDomain = sources.Any(s => s.Text.Split('\n')
            .Select(l => l.Trim())
            .FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#'))?
            .StartsWith("domain ", StringComparison.Ordinal) == true);
        if (!declaresDomain)
        {
            var domainFile = Path.Combine(CasesRoot, "_domain", "TestDomain.rules");
            sources.Add(new SpecSource("TestDomain.rules", File.ReadAllText(domainFile)));
        }
        return sources;
    }
}
