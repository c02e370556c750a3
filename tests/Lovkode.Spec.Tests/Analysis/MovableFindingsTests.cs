using System.Collections;
using System.Reflection;
using Lovkode.Spec.Analysis;
using Lovkode.Spec.Binding;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Syntax;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Analysis;

/// <summary>
/// Findings made on one bound model can be moved to an equal model's places (the source
/// generator keeps a unit's findings across an edit that only moves rules): every place is
/// walked, and moved findings are the findings of a fresh compile of the edited text.
/// </summary>
public sealed class MovableFindingsTests
{
    private static readonly string CasesRoot = Path.Combine(AppContext.BaseDirectory, "Cases");

    private static IReadOnlyList<SpecSource> Law()
    {
        var folder = Path.GetDirectoryName(Specs.LawFile("Beskaeftigelse.rules"))!;
        return Directory.GetFiles(folder, "*.rules").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new SpecSource(Path.GetFileName(f), File.ReadAllText(f))).ToList();
    }

    /// <summary>Every case folder with its files, the shared test domain added where the case declares none.</summary>
    public static TheoryData<string> CaseFolders()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(CasesRoot).Where(d => Path.GetFileName(d).StartsWith("LK", StringComparison.Ordinal)).OrderBy(d => d, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir) + "/bad");
            data.Add(Path.GetFileName(dir) + "/good");
        }
        return data;
    }

    private static IReadOnlyList<SpecSource> Case(string folder)
    {
        var sources = Directory.GetFiles(Path.Combine(CasesRoot, folder), "*.rules").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new SpecSource(Path.GetFileName(f), File.ReadAllText(f))).ToList();
        if (!sources.Any(s => s.Text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#'))?.StartsWith("domain ", StringComparison.Ordinal) == true))
        {
            sources.Add(new SpecSource("TestDomain.rules", File.ReadAllText(Path.Combine(CasesRoot, "_domain", "TestDomain.rules"))));
        }
        return sources;
    }

    /// <summary>An edit that moves every rule and changes none: lines above each file, and spaces after each declaration's keyword.</summary>
    private static SpecSource Moved(SpecSource source)
    {
        var text = "\n# Two lines added above.\n" + source.Text;
        foreach (var keyword in new[] { "group", "outside", "parameter", "requirement", "quota", "supervision", "replace", "remove", "override", "regroup", "cohort", "transition" })
        {
            text = text.Replace("\n" + keyword + " ", "\n" + keyword + "   ", StringComparison.Ordinal);
        }
        return source with { Text = text };
    }

    [Fact]
    public void The_law_s_findings_move_with_a_whitespace_edit_of_every_file() => AssertFindingsMove(Law(), minUnits: 8);

    [Theory]
    [MemberData(nameof(CaseFolders))]
    public void Each_case_s_findings_move_with_a_whitespace_edit_of_every_file(string folder) => AssertFindingsMove(Case(folder), minUnits: 0);

    private static void AssertFindingsMove(IReadOnlyList<SpecSource> sources, int minUnits)
    {
        var options = AnalysisOptions.Default;
        var before = BoundFiles.Bind(sources.Select(ParsedFile.Parse));
        var units = AnalysisUnit.Of(before);
        var findings = units.Select(u => Findings.Analyze(u, options)).ToList();
        Assert.True(units.Count >= minUnits, $"only {units.Count} units");

        var edited = sources.Select(Moved).ToList();
        var after = BoundFiles.Bind(edited.Select(ParsedFile.Parse));
        var moved = AnalysisUnit.Of(after);
        Assert.Equal(units.Count, moved.Count);
        var kept = new List<Findings>();
        for (var i = 0; i < units.Count; i++)
        {
            // A regime compares without positions, so the generator keeps its findings. A
            // population model keeps its positions (its generated code prints them): it is
            // analysed again, as the generator's step would be.
            Assert.Equal(units[i].IsRegime, units[i].Equals(moved[i]));
            if (!units[i].Equals(moved[i]))
            {
                kept.Add(Findings.Analyze(moved[i], options));
                continue;
            }
            kept.Add(findings[i]);
            if (findings[i].Diagnostics.IsEmpty) continue;
            Assert.NotEqual(findings[i].Places, moved[i].Places());
            Assert.True(findings[i].At(moved[i]) is not null, $"a finding of {units[i].Name} has no place to move to:\n{string.Join("\n", findings[i].Diagnostics)}");
        }
        var expected = SpecCompiler.Compile(edited, options).Diagnostics;
        Assert.Equal(expected, SpecCompiler.Diagnostics(after, moved, kept, options));
    }

    [Fact]
    public void Bound_places_walk_every_place_of_the_law_s_regimes_and_models()
    {
        var bound = BoundFiles.Bind(Law().Select(ParsedFile.Parse));
        var units = AnalysisUnit.Of(bound);
        Assert.Contains(units, u => !u.IsRegime);
        foreach (var unit in units)
        {
            var reflected = new List<SourceSpan>();
            Reflect(unit.Domain, reflected);
            Reflect((object?)unit.Regime ?? unit.Model, reflected);
            Assert.Equal(Sorted(reflected), Sorted(unit.Places()));
        }
    }

    private static List<string> Sorted(IEnumerable<SourceSpan> spans) =>
        spans.Select(s => $"{s.Path}:{s.Start}+{s.Length}:{s.Line}:{s.Column}-{s.EndLine}:{s.EndColumn}").Order(StringComparer.Ordinal).ToList();

    /// <summary>Every SourceSpan reachable from a bound node by its public properties, as a tree (a node met twice counts twice, as in the walk).</summary>
    private static void Reflect(object? value, List<SourceSpan> spans)
    {
        switch (value)
        {
            case null or string:
                return;
            case SourceSpan span:
                spans.Add(span);
                return;
            case BoundSpan place:
                spans.Add(place.Span);
                return;
            case IEnumerable items:
                foreach (var item in items) Reflect(item, spans);
                return;
        }
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true && type != typeof(object)) return;
        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            if (property.GetIndexParameters().Length > 0) continue;
            Reflect(property.GetValue(value), spans);
        }
    }
}
