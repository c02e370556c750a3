using System.Text;
using Lovkode.Spec.Tests.Support;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Corpus;

/// <summary>
/// Runs every file of Corpus/Rules — one malformed .rules file per kind of mistake. The
/// compiler must return, not throw, within the hang guard, and report exactly the diagnostics
/// pinned in the case's sibling <c>name.expected.txt</c> (Support/ExpectedDiagnostics, the
/// format Cases/ uses too): the ones the mistake calls for, at their places, and nothing more.
/// </summary>
public sealed class MalformedRulesCorpusTests
{
    internal static readonly string CorpusRoot = Path.Combine(AppContext.BaseDirectory, "Corpus");
    private static readonly string RulesRoot = Path.Combine(CorpusRoot, "Rules");

    /// <summary>Generous: it catches a hang, not a slow compiler (speed is the benchmarks' job).</summary>
    internal static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(10);

    internal static IReadOnlyList<string> CaseNames() =>
        Directory.GetFiles(RulesRoot, "*.rules").OrderBy(f => f, StringComparer.Ordinal).Select(f => Path.GetFileName(f)).ToList();

    public static TheoryData<string> CaseFiles() => new(CaseNames());

    [Fact]
    public void The_corpus_holds_at_least_sixty_kinds_of_mistake() =>
        Assert.True(CaseNames().Count >= 60, $"only {CaseNames().Count} cases");

    [Fact]
    public void The_corpus_holds_at_least_twenty_five_kinds_of_mistake_in_model_files() =>
        Assert.True(CaseNames().Count(n => n.StartsWith("model-", StringComparison.Ordinal)) >= 25);

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void Each_case_reports_exactly_its_expected_diagnostics(string name)
    {
        var compilation = CompileGuarded(name, File.ReadAllText(Path.Combine(RulesRoot, name)));
        ExpectedDiagnostics.Match(Path.Combine("Corpus", "Rules", ExpectationFile(name)), compilation.Diagnostics);
    }

    /// <summary>Every case has its expectation, and every expectation its case.</summary>
    [Fact]
    public void Expectation_files_and_cases_pair_up()
    {
        var expectations = Directory.GetFiles(RulesRoot).Select(Path.GetFileName).Where(f => !f!.EndsWith(".rules", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(CaseNames().Select(ExpectationFile).Order(StringComparer.Ordinal), expectations);
    }

    internal static string ExpectationFile(string caseName) => Path.ChangeExtension(caseName, ".expected.txt");

    [Fact]
    public void A_ten_megabyte_file_generated_at_run_time_compiles_within_the_guard()
    {
        // Valid groups repeated up to 10 MB: the duplicates are real mistakes (LK0011), so
        // the compiler must walk the whole file and report them without hanging.
        var block = "group G{0} \"G\"\n  when benefit = Dagpenge and age >= {1}\n  § \"Testlov § 1\"\n\n";
        var builder = new StringBuilder("# generated\nregime Big \"Stor\" domain Test effective 2020-01-01 § \"Testlov\"\n\n");
        for (var i = 0; builder.Length < 10 * 1024 * 1024; i++)
        {
            builder.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, block, i % 50_000, i % 100);
        }
        // A minute, not the ten seconds of one case: ten megabytes compile in a few seconds
        // alone, but on a machine shared with other builds they may take longer without a hang.
        var compilation = CompileGuarded("big.rules", builder.ToString(), TimeSpan.FromMinutes(1));
        Assert.Contains(compilation.Diagnostics, d => d.Id == "LK0011" && d.Span.Path == "big.rules");
    }

    internal static SpecCompilation CompileGuarded(string name, string text, TimeSpan? guard = null)
    {
        var limit = guard ?? HangGuard;
        var sources = new List<SpecSource> { new(name, text) };
        if (!DeclaresDomain(text))
        {
            sources.Add(new SpecSource("TestDomain.rules", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cases", "_domain", "TestDomain.rules"))));
        }
        if (text.Contains(" extends Lab ", StringComparison.Ordinal))
        {
            sources.Add(new SpecSource("Lab.rules", File.ReadAllText(Path.Combine(CorpusRoot, "_base", "Lab.rules"))));
        }
        if (FirstDeclaration(text)?.StartsWith("model ", StringComparison.Ordinal) == true)
        {
            // A model names the law's parameters, requirements and regimes: it is checked with a regime that has them.
            sources.Add(new SpecSource("Lov.rules", File.ReadAllText(Path.Combine(CorpusRoot, "_base", "Lov.rules"))));
        }
        // A thread with a large stack so that a deep-recursion bug shows as a diagnostic
        // question, not as a crash of the whole test host on the default 1 MB stack.
        SpecCompilation? result = null;
        Exception? thrown = null;
        var thread = new Thread(() =>
        {
            try { result = SpecCompiler.Compile(sources); }
            catch (Exception e) { thrown = e; }
        }, 256 * 1024 * 1024) { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(limit), $"{name}: the compiler did not return within {limit.TotalSeconds} s");
        Assert.True(thrown is null, $"{name}: the compiler threw {thrown}");
        return result!;
    }

    private static bool DeclaresDomain(string text) =>
        FirstDeclaration(text)?.StartsWith("domain ", StringComparison.Ordinal) == true;

    private static string? FirstDeclaration(string text) =>
        text.Split('\n')
            .Select(l => l.Trim().TrimStart('\uFEFF'))
            .FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#'));
}
