using Lovkode.Generators.Tests.Support;
using Lovkode.Spec;
using Lovkode.Spec.Analysis;
using Lovkode.Spec.Syntax;
using Microsoft.CodeAnalysis;

namespace Lovkode.Generators.Tests;

/// <summary>
/// The front end's steps do work in proportion to the edit: a file is parsed in its own step,
/// and each regime and population model is analysed in its own step keyed by its bound model
/// (which compares without positions). A whitespace edit analyses nothing again, and the kept
/// findings still land at their new places.
/// </summary>
public class AnalysisCachingTests
{
    private static readonly IncrementalStepRunReason[] Reused = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    [Fact]
    public void A_whitespace_edit_atop_the_base_regime_parses_one_file_and_analyses_nothing()
    {
        var texts = GeneratorHarness.LawRules().Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToList();
        var compilation = GeneratorHarness.NewCompilation("public class A { }");
        var driver = GeneratorHarness.NewDriver(texts, "Lovkode.Law").RunGenerators(compilation);

        var lab = texts.Single(t => t.Path.EndsWith("/Lab2019.rules", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(lab.Path, "\n# A comment added above the law.\n" + lab.GetText()!.ToString());
        driver = driver.ReplaceAdditionalText(lab, edited).RunGenerators(compilation.Clone());
        var result = driver.GetRunResult().Results.Single();

        // Only the edited file is parsed again.
        var parses = result.TrackedSteps[TrackingNames.RulesFiles].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(texts.Count, parses.Count);
        Assert.Equal(lab.Path, ((ParsedFile)Assert.Single(parses, o => !Reused.Contains(o.Reason)).Value).Path);

        // Every regime and the population model is a unit, and none is analysed again.
        var units = result.TrackedSteps[TrackingNames.AnalysisUnits].SelectMany(s => s.Outputs).ToList();
        Assert.True(units.Count(o => ((AnalysisUnit)o.Value).IsRegime) >= 7, $"only {units.Count} units");
        Assert.Contains(units, o => !((AnalysisUnit)o.Value).IsRegime);
        Assert.All(units, o => Assert.Contains(o.Reason, Reused));
        // Cached, not Unchanged: the step did not run (Unchanged would be a run with an equal result).
        var analyses = result.TrackedSteps[TrackingNames.Analysis].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(units.Count, analyses.Count);
        Assert.All(analyses, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

        // The diagnostics are those of a fresh run on the edited files.
        var fresh = GeneratorHarness.NewDriver(texts.Select(t => t == lab ? edited : t), "Lovkode.Law").RunGenerators(compilation.Clone());
        Assert.Equal(Described(fresh.GetRunResult().Results.Single()), Described(result));
    }

    [Fact]
    public void A_value_edit_in_a_reform_analyses_that_reform_again_and_not_its_base()
    {
        var result = GeneratorHarness.DemoAfterAValueEditInTheReform();

        var analyses = result.TrackedSteps[TrackingNames.Analysis].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(IncrementalStepRunReason.Cached, analyses.Single(o => ((Findings)o.Value).Name == "Basis").Reason);
        // It ran; its findings may well be the same as before (Unchanged).
        Assert.NotEqual(IncrementalStepRunReason.Cached, analyses.Single(o => ((Findings)o.Value).Name == "Reform").Reason);
    }

    [Fact]
    public void A_finding_kept_across_a_whitespace_edit_is_reported_at_its_new_line_and_column()
    {
        // Without its citation, the base's requirement Revurdering gets the Analysis pass's
        // missing-citation warning, in the base file and again (reported once) for the reform.
        var texts = GeneratorHarness.Specs("Demo")
            .Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Path.EndsWith("Basis.rules", StringComparison.Ordinal) ? s.Text.Replace("  § \"Demo-lov § 9\"", "") : s.Text))
            .ToList();
        var compilation = GeneratorHarness.NewCompilation("public class A { }");
        var driver = GeneratorHarness.NewDriver(texts).RunGenerators(compilation);
        var before = Assert.Single(driver.GetRunResult().Results.Single().Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        var was = before.Location.GetLineSpan().StartLinePosition;

        // Two lines above it, and spaces before it on its own line.
        var basis = texts.Single(t => t.Path.EndsWith("Basis.rules", StringComparison.Ordinal));
        var text = basis.GetText()!.ToString();
        var line = text.Split('\n')[was.Line];
        Assert.StartsWith("requirement Revurdering", line, StringComparison.Ordinal);
        var moved = "\n# Moved down two lines.\n" + text.Replace("requirement Revurdering", "requirement    Revurdering");
        var edited = new InMemoryAdditionalText(basis.Path, moved);
        driver = driver.ReplaceAdditionalText(basis, edited).RunGenerators(compilation.Clone());
        var result = driver.GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[TrackingNames.Analysis].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        var after = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal(before.Id, after.Id);

        // Where the rule compiler puts it in the edited text, compiled from scratch.
        var expected = Assert.Single(SpecCompiler.Compile(texts.Select(t => new Lovkode.Spec.Text.SpecSource(t.Path, t == basis ? moved : t.GetText()!.ToString()))).Diagnostics, d => d.Id == before.Id);
        var span = after.Location.GetLineSpan();
        Assert.Equal(expected.Span.Line - 1, span.StartLinePosition.Line);
        Assert.Equal(expected.Span.Column - 1, span.StartLinePosition.Character);
        Assert.Equal(expected.Span.EndLine - 1, span.EndLinePosition.Line);
        Assert.Equal(expected.Span.EndColumn - 1, span.EndLinePosition.Character);
        Assert.Equal(expected.Span.Start, after.Location.SourceSpan.Start);
        Assert.Equal(was.Line + 2, span.StartLinePosition.Line);
        Assert.Equal(moved.Split('\n')[span.StartLinePosition.Line], moved.Split('\n')[expected.Span.Line - 1]);
    }

    private static List<string> Described(GeneratorRunResult result) =>
        result.Diagnostics.Select(d => $"{d.Location.GetLineSpan()} {d.Location.SourceSpan} {d.Severity} {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").ToList();
}
