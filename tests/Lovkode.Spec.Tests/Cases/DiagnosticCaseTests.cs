using Lovkode.Spec.Tests.Support;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Cases;

/// <summary>
/// Runs every Cases/LKxxxx folder: the bad files must report the id, the good ones neither the id
/// nor an error, and each must report exactly the diagnostics its expected.txt pins (Support/ExpectedDiagnostics).
/// </summary>
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
    public void Bad_files_report_the_id_and_exactly_the_expected_diagnostics(string id)
    {
        var compilation = SpecCompiler.Compile(LoadFolder(Path.Combine(CasesRoot, id, "bad")));
        Assert.True(compilation.Diagnostics.Any(d => d.Id == id), $"{id}/bad does not report {id}:\n{string.Join("\n", compilation.Diagnostics)}");
        ExpectedDiagnostics.Match(Path.Combine("Cases", id, "bad", "expected.txt"), compilation.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Good_files_report_neither_the_id_nor_an_error_and_exactly_the_expected_diagnostics(string id)
    {
        var compilation = SpecCompiler.Compile(LoadFolder(Path.Combine(CasesRoot, id, "good")));
        var offending = compilation.Diagnostics.Where(d => d.Id == id || d.IsError).ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending));
        ExpectedDiagnostics.Match(Path.Combine("Cases", id, "good", "expected.txt"), compilation.Diagnostics);
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
