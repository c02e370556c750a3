using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Tests.Reliability;

/// <summary>
/// What a modeller reads: no message or hint shows an unfilled placeholder such as {0}, in
/// the compiler's output or in docs/diagnostics.md (issue 21).
/// </summary>
public sealed class DiagnosticTextTests
{
    private static readonly Regex Placeholder = new(@"\{\d", RegexOptions.CultureInvariant);

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var d in DiagnosticDescriptors.All().OrderBy(d => d.Id, StringComparer.Ordinal)) data.Add(d.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void A_hint_uses_no_argument_its_real_call_sites_do_not_give(string id)
    {
        // Every call site passes the message's arguments (string.Format would throw on fewer),
        // and the hint is filled from the same ones. A hint that takes one more (LK0001's
        // keyword sentence) is checked against its case's real diagnostic.
        var d = DiagnosticDescriptors.All().Single(x => x.Id == id);
        if (MaxHole(d.Hint) > MaxHole(d.MessageFormat))
        {
            var real = RenderedHints.For(d);
            Assert.True(real != d.Hint, $"{id}: the hint uses {{{MaxHole(d.Hint)}}}, the message only up to {{{MaxHole(d.MessageFormat)}}}, and no case shows it filled");
            Assert.DoesNotMatch(Placeholder, real);
            return;
        }
        var args = Enumerable.Range(0, MaxHole(d.MessageFormat) + 1).Select(i => (object)("arg" + i)).ToArray();
        var rendered = Diagnostic.Create(d, Lovkode.Spec.Text.SourceSpan.None("t.rules"), args);
        Assert.DoesNotMatch(Placeholder, rendered.Message);
        Assert.DoesNotMatch(Placeholder, rendered.Hint);
    }

    [Fact]
    public void No_diagnostic_of_any_bad_case_prints_a_placeholder()
    {
        var all = RenderedHints.All().ToList();
        Assert.True(all.Count > 60);
        var unfilled = all.Where(d => Placeholder.IsMatch(d.Message) || Placeholder.IsMatch(d.Hint)).Select(d => $"{d}\n  hint: {d.Hint}").ToList();
        Assert.True(unfilled.Count == 0, string.Join("\n", unfilled));
    }

    [Fact]
    public void No_hint_in_the_docs_is_a_template()
    {
        var doc = File.ReadAllText(DocPath());
        var templates = doc.Split('\n').Where(l => l.StartsWith("**Hint:**", StringComparison.Ordinal) && Placeholder.IsMatch(l)).ToList();
        Assert.True(templates.Count == 0, string.Join("\n", templates));
    }

    [Fact]
    public void The_keyword_hint_of_LK0001_comes_only_where_a_keyword_is_used_as_a_name()
    {
        var asName = Specs.CompileRegime("regime Lab \"T\" domain Test effective 2020-01-01 § \"x\"\nparameter weeks weeks = 3 § \"y\"\n");
        var d = Assert.Single(asName.Diagnostics, x => x.Id == "LK0001");
        Assert.Contains("'weeks' is a keyword and cannot be a name", d.Hint);

        var misspelt = Specs.CompileRegime("regime Lab \"T\" domain Test effective 2020-01-01 § \"x\"\nparameter Frist wekes = 3 § \"y\"\n");
        var other = Assert.Single(misspelt.Diagnostics, x => x.Id == "LK0001");
        Assert.DoesNotContain("keyword", other.Hint);
    }

    [Fact]
    public void The_LK0015_hint_names_what_check_takes_not_an_option_it_lacks()
    {
        var c = Specs.CompileRegime("regime R \"T\" extends Lab2091 § \"x\"\n");
        var d = Assert.Single(c.Diagnostics, x => x.Id == "LK0015");
        Assert.Contains("lovkode check base.rules reform.rules", d.Hint);
        Assert.DoesNotContain("--rules", d.Hint);
    }

    private static int MaxHole(string format) =>
        Regex.Matches(format, @"\{(\d+)\}").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(-1).Max();

    private static string DocPath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "docs", "diagnostics.md"));
}
