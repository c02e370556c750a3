using System.Runtime.Loader;
using Lovkode.Generators.Model;
using Lovkode.Generators.Tests.Support;
using Lovkode.Runtime;
using Lovkode.Spec;
using Lovkode.Spec.Evaluation;
using Lovkode.Spec.Text;
using Microsoft.CodeAnalysis;

namespace Lovkode.Generators.Tests;

/// <summary>
/// A model file becomes a sealed class implementing IPopulationModel and an entry in the
/// <c>Models</c> registry: it compiles cleanly, its text is pinned by golden files, its Holds
/// answers what the bound conditions say, and the pipeline re-emits it alone when it changes.
/// </summary>
public class ModelGenerationTests
{
    private static IReadOnlyList<(string Path, string Text)> Specs => GeneratorHarness.Specs("Model");

    [Fact]
    public void The_model_generates_its_class_and_the_registry_and_compiles_without_warnings()
    {
        var (output, diagnostics, driver) = GeneratorHarness.Run(Specs);
        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Empty(GeneratorHarness.WarningsAndErrors(output));
        var hints = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal);
        Assert.Equal(["Befolkning.g.cs", "Land.Domain.g.cs", "Lov.g.cs", "Models.g.cs", "Reform.g.cs", "Regimes.g.cs"], hints);
    }

    [Theory]
    [InlineData("Befolkning.g.cs")]
    [InlineData("Models.g.cs")]
    public void Generated_model_code_matches_its_golden_file(string hintName)
    {
        var (_, _, driver) = GeneratorHarness.Run(Specs);
        Golden.Match(hintName + ".txt", GeneratorHarness.Generated(driver, hintName));
    }

    [Fact]
    public void A_project_without_models_gets_no_model_registry()
    {
        var (_, _, driver) = GeneratorHarness.Run(GeneratorHarness.Specs("Demo"));
        Assert.DoesNotContain("Models.g.cs", driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName));
    }

    [Fact]
    public void The_loaded_model_holds_its_values_and_answers_every_condition_as_the_bound_model_does()
    {
        var (output, _, _) = GeneratorHarness.Run(Specs);
        using var image = new MemoryStream();
        var result = output.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        image.Position = 0;
        var context = new AssemblyLoadContext("model", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var registry = assembly.GetType($"{GeneratorHarness.Namespace}.Models", throwOnError: true)!;
            var model = (IPopulationModel)registry.GetMethod("Create")!.Invoke(null, ["Befolkning"])!;

            var bound = SpecCompiler.Compile(Specs.Select(s => new SpecSource(s.Path, s.Text))).FindModel("Befolkning")!;
            Assert.Equal(bound.Values.Select(v => (v.Name, v.Point)), model.Info.Values.Select(v => (v.Name, v.Point)));
            Assert.Equal(bound.Conditions.Count, model.Info.Conditions.Count);
            Assert.Equal(new Uncertainty(0.7, 0.9, DistributionShape.Beta), model.Info.Values[model.Info.ValueIndex("Forsikrede.uddannet")].Range);
            Assert.Equal(ValueStatus.Calibrated, model.Info.Values[model.Info.ValueIndex("Kontakt.interval")].Status);

            // The clauses a second country needed: its currency, a move that keeps the spell,
            // practice under one regime until a week, a target on a difference.
            Assert.Equal("EUR", model.Info.Currency);
            var revurdering = model.Info.Transitions.Single(t => t.Name == "Revurdering");
            Assert.True(revurdering.Branches[0].KeepsSpell);
            Assert.False(model.Info.Transitions.Single(t => t.Name == "Opbrugt").Branches[0].KeepsSpell);
            var kontakt = model.Info.Practices.Single();
            Assert.Equal(["Lov"], kontakt.Regimes);
            Assert.Equal(104, model.Values[kontakt.UntilSpellWeek!.Value.Value]);
            var kortere = model.Info.Targets.Single(t => t.Name == "Kortere");
            Assert.Equal(("Reform", "Lov", 500.0), (kortere.Regime, kortere.Against, kortere.Value));
            Assert.Null(model.Info.Targets.Single(t => t.Name == "Samtaler").Against);
            Assert.Equal(ParameterUnit.Dkk, model.Info.Laws.Single(l => l.Parameter == "Timepris").Unit);

            var random = new Random(20261207);
            for (var i = 0; i < 2000; i++)
            {
                var facts = new[] { random.Next(3), random.Next(2), random.Next(100), random.Next(2), random.Next(53), random.Next(2) };
                var citizen = new Citizen();
                for (var s = 0; s < facts.Length; s++) citizen[s] = facts[s];
                for (var c = 0; c < bound.Conditions.Count; c++)
                {
                    Assert.Equal(ConditionEvaluator.Holds(bound.Conditions[c], facts), model.Holds(c, citizen));
                }
            }
            Assert.Throws<ArgumentOutOfRangeException>(() => model.Holds(bound.Conditions.Count, new Citizen()));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Editing_the_model_file_re_emits_only_the_model()
    {
        var texts = Specs.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToList();
        var compilation = GeneratorHarness.NewCompilation("public class A { }");
        var driver = GeneratorHarness.NewDriver(texts).RunGenerators(compilation);

        var file = texts.Single(t => t.Path.EndsWith("Befolkning.rules", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(file.Path, file.GetText()!.ToString().Replace("stock 2000 ", "stock 2100 "));
        driver = driver.ReplaceAdditionalText(file, edited).RunGenerators(compilation.Clone());
        var result = driver.GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs)).Reason);
        foreach (var step in new[] { TrackingNames.Regimes, TrackingNames.Domains, TrackingNames.Registry, TrackingNames.ModelRegistry })
        {
            Assert.All(result.TrackedSteps[step].SelectMany(s => s.Outputs), o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        }
        var outputs = result.TrackedOutputSteps.SelectMany(o => o.Value).SelectMany(s => s.Outputs).ToList();
        Assert.Single(outputs, o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Contains("2100d", result.GeneratedSources.Single(s => s.HintName == "Befolkning.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Editing_a_regime_leaves_the_model_cached()
    {
        var texts = Specs.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToList();
        var compilation = GeneratorHarness.NewCompilation("public class A { }");
        var driver = GeneratorHarness.NewDriver(texts).RunGenerators(compilation);

        var file = texts.Single(t => t.Path.EndsWith("Lov.rules", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(file.Path, file.GetText()!.ToString().Replace("cost meeting 30 minutes", "cost meeting 35 minutes"));
        driver = driver.ReplaceAdditionalText(file, edited).RunGenerators(compilation.Clone());
        var result = driver.GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs)).Reason);
        // Lov and Reform, which is built from it, change; the model does not.
        var regimes = result.TrackedSteps[TrackingNames.Regimes].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(2, regimes.Count);
        Assert.All(regimes, o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
    }

    [Fact]
    public void Model_pipeline_steps_hold_no_compiler_objects()
    {
        var driver = GeneratorHarness.NewDriver(Specs).RunGenerators(GeneratorHarness.NewCompilation("public class A { }"));
        var result = driver.GetRunResult().Results.Single();
        var walked = 0;
        foreach (var step in new[] { TrackingNames.Models, TrackingNames.ModelRegistry }.SelectMany(name => result.TrackedSteps[name]))
        {
            foreach (var (value, _) in step.Outputs)
            {
                ModelWalker.AssertNoCompilerObjects(value, step.Name ?? "?");
                walked++;
            }
        }
        Assert.Equal(2, walked);
        Assert.IsType<PopulationModelModel>(result.TrackedSteps[TrackingNames.Models].Single().Outputs.Single().Value);
    }

    [Fact]
    public void A_model_with_an_error_is_reported_at_its_place_and_not_emitted_while_the_law_is()
    {
        var specs = Specs.Select(s => s.Path.EndsWith("Befolkning.rules", StringComparison.Ordinal)
            ? (s.Path, s.Text.Replace("hazard 0.02 from week 0", "hazard 1.02 from week 0"))
            : s).ToList();
        var (output, diagnostics, driver) = GeneratorHarness.Run(specs);
        var d = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("LK0205", d.Id);
        Assert.EndsWith("Befolkning.rules", d.Location.GetLineSpan().Path, StringComparison.Ordinal);
        var hints = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains("Lov.g.cs", hints);
        Assert.DoesNotContain("Befolkning.g.cs", hints);
        Assert.DoesNotContain("Models.g.cs", hints);
        Assert.Empty(output.GetDiagnostics().Where(x => x.Severity == DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("Models", "ModelsModel")]
    [InlineData("Regimes", "RegimesModel")]
    [InlineData("Holds", "HoldsModel")]
    public void A_model_whose_name_is_taken_is_emitted_and_registered_under_a_class_of_its_own(string name, string emittedClass)
    {
        var specs = Specs.Select(s => s.Path.EndsWith("Befolkning.rules", StringComparison.Ordinal)
            ? (s.Path, s.Text.Replace("model Befolkning ", $"model {name} "))
            : s).ToList();
        var (output, diagnostics, driver) = GeneratorHarness.Run(specs);
        Assert.True(diagnostics.All(d => d.Severity < DiagnosticSeverity.Warning), string.Join("\n", diagnostics));
        Assert.Contains(emittedClass + ".g.cs", driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName));
        Assert.Contains($"new {emittedClass}()", GeneratorHarness.Generated(driver, "Models.g.cs"));
        Assert.Empty(output.GetDiagnostics().Where(x => x.Severity == DiagnosticSeverity.Error));
    }
}
