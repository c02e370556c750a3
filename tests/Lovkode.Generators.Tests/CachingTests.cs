using Lovkode.Generators.Model;
using Lovkode.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Lovkode.Generators.Tests;

/// <summary>
/// The pipeline is incremental: an edit to one .rules file re-emits only what depends on it,
/// and an edit to C# re-emits nothing. Checked on the tracked steps of a second run.
/// </summary>
public class CachingTests
{
    private static readonly IncrementalStepRunReason[] Reused = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    [Fact]
    public void Editing_one_regime_file_re_emits_only_that_regime()
    {
        var result = GeneratorHarness.DemoAfterAValueEditInTheReform();

        var regimes = result.TrackedSteps[TrackingNames.Regimes].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(IncrementalStepRunReason.Unchanged, regimes.Single(o => ((RegimeModel)o.Value).Regime.Name == "Basis").Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, regimes.Single(o => ((RegimeModel)o.Value).Regime.Name == "Reform").Reason);
        Assert.All(result.TrackedSteps[TrackingNames.Domains].SelectMany(s => s.Outputs), o => Assert.Contains(o.Reason, Reused));
        Assert.All(result.TrackedSteps[TrackingNames.Registry].SelectMany(s => s.Outputs), o => Assert.Contains(o.Reason, Reused));

        // Of the four source outputs, only the reform's ran again.
        var outputs = result.TrackedOutputSteps.SelectMany(o => o.Value).SelectMany(s => s.Outputs).ToList();
        Assert.Single(outputs, o => !Reused.Contains(o.Reason));
        Assert.Contains("6000d", result.GeneratedSources.Single(s => s.HintName == "Reform.g.cs").SourceText.ToString());
    }

    [Fact]
    public void A_blank_line_and_a_comment_atop_the_base_regime_re_emit_nothing()
    {
        // Lab2019.rules is the base every regime of the law extends, so a model that held source
        // positions would change for all of them. Positions live only in the diagnostics.
        var texts = GeneratorHarness.LawRules().Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToList();
        var compilation = GeneratorHarness.NewCompilation("public class A { }");
        var driver = GeneratorHarness.NewDriver(texts, "Lovkode.Law").RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single();

        var lab = texts.Single(t => t.Path.EndsWith("/Lab2019.rules", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(lab.Path, "\n# A comment added above the law.\n" + lab.GetText()!.ToString());
        driver = driver.ReplaceAdditionalText(lab, edited).RunGenerators(compilation.Clone());
        var result = driver.GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps[TrackingNames.RulesFiles].SelectMany(s => s.Outputs).Single(o => ((Lovkode.Spec.Syntax.ParsedFile)o.Value).Path == lab.Path).Reason);
        var regimes = result.TrackedSteps[TrackingNames.Regimes].SelectMany(s => s.Outputs).ToList();
        Assert.True(regimes.Count >= 7, $"only {regimes.Count} regimes");
        foreach (var name in new[] { TrackingNames.Regimes, TrackingNames.Domains, TrackingNames.Registry, TrackingNames.Models, TrackingNames.ModelRegistry })
        {
            Assert.All(result.TrackedSteps[name].SelectMany(s => s.Outputs), o => Assert.Contains(o.Reason, Reused));
        }

        // Every source output but the diagnostics' is reused: no class is emitted again.
        var sourceSteps = result.TrackedOutputSteps.SelectMany(o => o.Value).ToList();
        var diagnosticsSteps = sourceSteps.Where(s => s.Inputs.Any(i => i.Source.Name == TrackingNames.Diagnostics)).ToList();
        Assert.Single(diagnosticsSteps);
        Assert.All(sourceSteps.Except(diagnosticsSteps).SelectMany(s => s.Outputs), o => Assert.Contains(o.Reason, Reused));
        Assert.Equal(before.GeneratedSources.Select(s => s.SourceText.ToString()), result.GeneratedSources.Select(s => s.SourceText.ToString()));

        // The diagnostics follow the edit: those in Lab2019.rules stand two lines lower.
        var moved = Lines(result, lab.Path);
        Assert.Equal(Lines(before, lab.Path).Select(l => l + 2), moved);
    }

    private static IEnumerable<int> Lines(GeneratorRunResult result, string path) =>
        result.Diagnostics.Where(d => d.Location.GetLineSpan().Path == path).Select(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();

    [Fact]
    public void Editing_csharp_re_emits_nothing()
    {
        var texts = GeneratorHarness.Specs("Demo").Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToList();
        var compilation = GeneratorHarness.NewCompilation("public class A { }");
        var driver = GeneratorHarness.NewDriver(texts).RunGenerators(compilation);

        var changed = compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("public class B { }", GeneratorHarness.ParseOptions));
        driver = driver.RunGenerators(changed);
        var result = driver.GetRunResult().Results.Single();

        foreach (var name in new[] { TrackingNames.RulesFiles, TrackingNames.Binding, TrackingNames.Analysis, TrackingNames.FrontEndDiagnostics, TrackingNames.Compilation, TrackingNames.Regimes, TrackingNames.Domains, TrackingNames.Registry, TrackingNames.Diagnostics })
        {
            Assert.All(result.TrackedSteps[name].SelectMany(s => s.Outputs), o => Assert.Contains(o.Reason, Reused));
        }
        Assert.All(result.TrackedOutputSteps.SelectMany(o => o.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Pipeline_models_hold_no_compiler_objects()
    {
        var texts = GeneratorHarness.Specs("Demo").Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToList();
        var driver = GeneratorHarness.NewDriver(texts).RunGenerators(GeneratorHarness.NewCompilation("public class A { }"));
        var result = driver.GetRunResult().Results.Single();
        var walked = 0;
        // Our own named steps; Roslyn's SourceOutput steps hold the reported diagnostics, which is their job.
        var ours = new[] { TrackingNames.Namespace, TrackingNames.RulesFiles, TrackingNames.Binding, TrackingNames.BoundModel, TrackingNames.AnalysisUnits, TrackingNames.Analysis, TrackingNames.FrontEndDiagnostics, TrackingNames.ErrorPaths, TrackingNames.Compilation, TrackingNames.Regimes, TrackingNames.Domains, TrackingNames.Registry, TrackingNames.Diagnostics };
        Assert.All(ours, name => Assert.True(result.TrackedSteps.ContainsKey(name), name));
        foreach (var step in ours.SelectMany(name => result.TrackedSteps[name]))
        {
            foreach (var (value, _) in step.Outputs)
            {
                ModelWalker.AssertNoCompilerObjects(value, step.Name ?? "?");
                walked++;
            }
        }
        Assert.True(walked >= 7, $"only {walked} step outputs were walked");
    }
}
