using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Models;

/// <summary>
/// The areas' result measure and a supervision rule's gate on it (issue 19, item 4): the model's
/// <c>area</c> states the spread, the bound of "worse than expected" and the share that meets a
/// rule's alternative; the law's supervision rule says <c>only where result worse</c> and
/// <c>or alternative "…"</c>.
/// </summary>
public sealed class AreaResultTests
{
    private const string Area = """
        area readiness                                         § "x"
          result spread 5% range 3%..8%                        assumed "spredning"
          alternative 15% range 5%..25%                        assumed "100 timer"
          result worse above 10% range 5%..15%                 assumed "grænse"
        """;

    [Fact]
    public void The_area_s_result_clauses_become_ranged_values_of_the_model_in_any_order()
    {
        var model = ModelFiles.Bind(ModelFiles.With(Area));
        var results = Assert.IsType<Lovkode.Spec.Binding.Model.BoundAreaResults>(model.AreaResults);
        var byName = model.Values.ToDictionary(v => v.Name);
        Assert.Equal(0.05, byName["area.result.spread"].Point, 9);
        Assert.Equal(0.10, byName["area.result.worse"].Point, 9);
        Assert.Equal(0.15, byName["area.alternative"].Point, 9);
        Assert.Equal((0.03, 0.08), (byName["area.result.spread"].Range!.Low, byName["area.result.spread"].Range!.High));
        Assert.Equal("area.result.spread", model.Values[results.Spread.Value].Name);
        Assert.NotNull(results.Alternative);
    }

    [Fact]
    public void A_model_without_the_clauses_states_no_results()
    {
        Assert.Null(ModelFiles.Bind(ModelFiles.With("area readiness § \"x\"")).AreaResults);
    }

    [Fact]
    public void A_spread_without_its_bound_is_a_missing_clause_at_the_area()
    {
        var c = ModelFiles.Compile(ModelFiles.With("""
            area readiness                                         § "x"
              result spread 5% range 3%..8%                        assumed "spredning"
            """));
        var d = Assert.Single(c.Diagnostics, x => x.Id == "LK0101");
        Assert.Contains("result worse above", d.Message);
    }

    [Fact]
    public void A_result_spread_above_one_is_refused_as_a_share()
    {
        var c = ModelFiles.Compile(ModelFiles.With("""
            area readiness                                         § "x"
              result spread 150% range 100%..200%                  assumed "for stor"
              result worse above 10% range 5%..15%                 assumed "grænse"
            """));
        Assert.Contains(c.Diagnostics, x => x.IsError);
    }

    [Fact]
    public void A_supervision_rule_s_gate_and_alternative_are_read_and_bound()
    {
        var law = ModelFiles.Law + """

            parameter Taerskel share "Fokusmål" = 70% § "Testlov § 7"

            supervision Tilsyn "Tilsyn"
              measure meeting among cases after 52 cumulative weeks over 52 weeks
              only where result worse
              or alternative "100 timers arbejde"
              threshold Taerskel
              § "Testlov § 8"
            """;
        var c = SpecCompiler.Compile([new SpecSource("domain.rules", ModelFiles.Domain), new SpecSource("lov.rules", law)]);
        Assert.False(c.HasErrors, Specs.Show(c));
        var rule = Assert.Single(c.FindRegime("Lov")!.Supervisions);
        Assert.True(rule.ResultGated);
        Assert.Equal("100 timers arbejde", rule.Alternative);
    }

    [Fact]
    public void A_gate_written_wrong_names_the_word_it_expected()
    {
        var law = ModelFiles.Law + """

            supervision Tilsyn "Tilsyn"
              measure meeting among cases after 52 cumulative weeks over 52 weeks
              only where results worse
              threshold 70%
              § "Testlov § 8"
            """;
        var c = SpecCompiler.Compile([new SpecSource("domain.rules", ModelFiles.Domain), new SpecSource("lov.rules", law)]);
        var d = Assert.Single(c.Diagnostics, x => x.IsError);
        Assert.Contains("result", d.Message);
        Assert.Equal("lov.rules", d.Span.Path);
    }
}
