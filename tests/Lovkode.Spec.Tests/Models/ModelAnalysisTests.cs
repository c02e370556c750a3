using static Lovkode.Spec.Tests.Models.ModelText;

namespace Lovkode.Spec.Tests.Models;

/// <summary>The checks over a whole model: where transitions lead, and the order facts are drawn in.</summary>
public sealed class ModelAnalysisTests
{
    [Fact]
    public void A_cycle_through_three_cohorts_is_reported_once_with_every_step()
    {
        var c = ModelFiles.Compile(ModelFiles.With(Syg + "\n" + Transition("TilSyg", "Kontanthjaelp", "Sygedagpenge") + "\n" + Transition("TilDagpenge", "Sygedagpenge", "Dagpenge")));
        var cycle = Assert.Single(c.Diagnostics, d => d.Id == "LK0226");
        Assert.Contains("Ledige (Opbrugt) → Kontant (TilSyg) → Syg (TilDagpenge) → Ledige", cycle.Message);
    }

    [Fact]
    public void Transitions_that_lead_on_without_returning_form_no_cycle()
    {
        var c = ModelFiles.Compile(ModelFiles.With(Syg + "\n" + Transition("TilSyg", "Kontanthjaelp", "Sygedagpenge")));
        Assert.True(!c.HasErrors, Specs.Show(c));
    }

    [Fact]
    public void A_condition_on_drawn_facts_concerns_every_cohort_whose_key_allows_it()
    {
        // 'age < 30' is unknown for a cohort's key, so the transition concerns Kontant, and its move to
        // sygedagpenge (no cohort) is reported with the facts it leads to.
        var c = ModelFiles.Compile(ModelFiles.With("""
            transition Ung
              when age < 30 and benefit = Kontanthjaelp
              at entry
              10%                                        § "x"
                move to benefit = Sygedagpenge
              rest stay
            """));
        var d = Assert.Single(c.Diagnostics, x => x.Id == "LK0225");
        Assert.Contains("moves cohort Kontant to benefit = Sygedagpenge, readiness = Jobparat", d.Message);
        Assert.DoesNotContain(c.Diagnostics, x => x.Id == "LK0228");
    }

    [Fact]
    public void A_destination_whose_condition_cannot_hold_for_the_cohort_is_not_followed()
    {
        var c = ModelFiles.Compile(ModelFiles.Base.Replace("    move to benefit = Kontanthjaelp\n",
            "    move to benefit = Sygedagpenge when benefit = Kontanthjaelp\n         to benefit = Kontanthjaelp\n"));
        Assert.True(!c.HasErrors, Specs.Show(c));
    }

    [Fact]
    public void An_all_cohorts_draw_that_reads_a_later_fact_is_reported_once_at_its_line()
    {
        var c = ModelFiles.Compile(ModelFiles.Base
            .Replace("  draw employed = false                      § \"Testkilde § 6\"\n", "")
            .Replace("\ncost hour", "\nall cohorts\n  draw employed = true when education § \"x\"\n  draw employed = false § \"x\"\n\ncost hour")
            .Replace("  draw education 50%                         § \"Testkilde § 5\"\n", "")
            .Replace("  draw education 40%                         § \"Testkilde § 5\"\n", "")
            .Replace("  draw employed = false § \"x\"\n", "  draw employed = false § \"x\"\n  draw education 50% § \"x\"\n"));
        var d = Assert.Single(c.Diagnostics, x => x.Id == "LK0213");
        Assert.Contains("all cohorts", d.Message);
    }

    [Fact]
    public void The_danish_model_binds_without_any_diagnostic()
    {
        var folder = Path.GetDirectoryName(Specs.LawFile("Danmark2023.rules"))!;
        var sources = Directory.GetFiles(folder, "*.rules").Select(f => new Text.SpecSource(Path.GetFileName(f), File.ReadAllText(f)));
        var c = SpecCompiler.Compile(sources);
        Assert.DoesNotContain(c.Diagnostics, d => d.Span.Path == "Danmark2023.rules");
        var model = c.FindModel("Danmark2023")!;
        Assert.Equal(13, model.Cohorts.Count);
        Assert.Equal(["DagpengeOpbrugt", "SygRevurdering", "LukketTilgang"], model.Transitions.Select(t => t.Name));
        Assert.Equal(["DagpengePeriode", "SygRevurderingUger", "TilgangRessourceforloebRevalidering", "SagsbehandlerTimepris"], model.Laws.Select(l => l.Parameter).Distinct());
    }
}
