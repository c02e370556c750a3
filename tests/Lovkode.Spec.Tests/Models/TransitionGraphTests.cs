using Lovkode.Spec.Text;
using static Lovkode.Spec.Tests.Models.ModelText;

namespace Lovkode.Spec.Tests.Models;

/// <summary>
/// Where transitions lead (LK0225), the circles they can form (LK0226) and when the model checks
/// run at all: over models with more cohorts than the base one, so that a circle can be entered
/// from outside it, two circles can stand apart, and two ways can meet again.
/// </summary>
public sealed class TransitionGraphTests
{
    /// <summary>Two more cohorts beside the base model's Ledige (dagpenge) and Kontant (kontanthjælp).</summary>
    private const string SygAndIngen = Syg + "\n" + Uden;

    private static SpecCompilation Compile(params string[] transitions) =>
        ModelFiles.Compile(ModelFiles.With(SygAndIngen + "\n" + string.Join("\n", transitions)));

    [Fact]
    public void A_circle_entered_from_outside_it_is_printed_from_where_it_closes_without_the_way_in()
    {
        // Ledige → Kontant (the base model's Opbrugt), Kontant ⇄ Syg, Syg → Uden → Ledige: one
        // knot of four cohorts. Walking from Ledige, the first circle closes at Kontant; the way in
        // from Ledige is no part of it.
        var c = Compile(
            Transition("TilSyg", "Kontanthjaelp", "Sygedagpenge"),
            Transition("TilKontant", "Sygedagpenge", "Kontanthjaelp"),
            Transition("TilUden", "Sygedagpenge", "Ingen"),
            Transition("TilDagpenge", "Ingen", "Dagpenge"));
        var cycle = Assert.Single(c.Diagnostics, d => d.Id == "LK0226");
        Assert.Equal("Transitions form a cycle: Kontant (TilSyg) → Syg (TilKontant) → Kontant", cycle.Message);
    }

    [Fact]
    public void Two_circles_apart_are_each_reported_with_their_own_steps()
    {
        var c = Compile(
            Transition("TilDagpenge", "Kontanthjaelp", "Dagpenge"),
            Transition("TilUden", "Sygedagpenge", "Ingen"),
            Transition("TilSyg", "Ingen", "Sygedagpenge"));
        Assert.Equal(
            new[]
            {
                "Transitions form a cycle: Ledige (Opbrugt) → Kontant (TilDagpenge) → Ledige",
                "Transitions form a cycle: Syg (TilUden) → Uden (TilSyg) → Syg",
            },
            c.Diagnostics.Where(d => d.Id == "LK0226").Select(d => d.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_ways_that_meet_again_form_no_circle()
    {
        // Ledige → Kontant → Uden and Ledige → Syg → Uden: Uden is reached twice, but no one returns.
        var c = Compile(
            Transition("TilSyg", "Dagpenge", "Sygedagpenge"),
            Transition("KontantSlut", "Kontanthjaelp", "Ingen"),
            Transition("SygSlut", "Sygedagpenge", "Ingen"));
        Assert.True(!c.HasErrors, Specs.Show(c));
    }

    [Fact]
    public void A_destination_no_cohort_has_is_reported_once_per_cohort_however_many_branches_lead_there()
    {
        // Both branches of Ledige's transition, and the one of Kontant's, lead to sygedagpenge,
        // which the base model has no cohort for: one finding for each cohort that moves there.
        var c = ModelFiles.Compile(ModelFiles.With("""
            transition Syg
              when readiness = Jobparat
              at spell week 10                           § "x"
              10%                                        § "x"
                move to benefit = Sygedagpenge
              10%                                        § "x"
                move to benefit = Sygedagpenge, employed = true
              rest stay
            """));
        Assert.Equal(
            new[]
            {
                "Transition Syg moves cohort Kontant to benefit = Sygedagpenge, readiness = Jobparat, which no cohort's key matches",
                "Transition Syg moves cohort Ledige to benefit = Sygedagpenge, readiness = Jobparat, which no cohort's key matches",
            },
            c.Diagnostics.Where(d => d.Id == "LK0225").Select(d => d.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_destination_without_a_cohort_names_a_bool_key_fact_true_or_false()
    {
        var model = ModelFiles.Base
            .Replace("is benefit = Dagpenge, readiness = Jobparat", "is benefit = Dagpenge, employed = false")
            .Replace("is benefit = Kontanthjaelp, readiness = Jobparat", "is benefit = Kontanthjaelp, employed = false")
            .Replace("  draw employed = false                      § \"Testkilde § 6\"\n", "  draw readiness = Jobparat § \"x\"\n")
            .Replace("    move to benefit = Kontanthjaelp\n", "    move to employed = true\n  10%                                        § \"x\"\n    move to benefit = Sygedagpenge\n");
        var c = ModelFiles.Compile(model);
        Assert.Equal(
            new[]
            {
                "Transition Opbrugt moves cohort Ledige to benefit = Dagpenge, employed = true, which no cohort's key matches",
                "Transition Opbrugt moves cohort Ledige to benefit = Sygedagpenge, employed = false, which no cohort's key matches",
            },
            c.Diagnostics.Where(x => x.Id == "LK0225").Select(x => x.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_circle_reached_from_a_cohort_outside_it_is_found()
    {
        // Ledige → Kontant ⇄ Syg: the search starts at Ledige, which is no part of the circle.
        var c = Compile(
            Transition("TilSyg", "Kontanthjaelp", "Sygedagpenge"),
            Transition("TilKontant", "Sygedagpenge", "Kontanthjaelp"));
        var cycle = Assert.Single(c.Diagnostics, d => d.Id == "LK0226");
        Assert.Equal("Transitions form a cycle: Kontant (TilSyg) → Syg (TilKontant) → Kontant", cycle.Message);
    }

    [Fact]
    public void The_model_checks_called_on_their_own_skip_a_model_whose_files_already_have_an_error_and_only_those()
    {
        // ModelAnalyzer.Analyze is public: a caller that binds on its own passes the bag it bound with.
        var c = ModelFiles.Compile(ModelFiles.With(Transition("TilDagpenge", "Kontanthjaelp", "Dagpenge")));
        var model = Assert.Single(c.Models);
        var domain = c.FindDomain(model.DomainName)!;
        int CyclesAfter(string path, bool error)
        {
            var bag = new Lovkode.Spec.Diagnostics.DiagnosticBag();
            bag.Report(error ? Lovkode.Spec.Diagnostics.DiagnosticDescriptors.FactNotDrawn : Lovkode.Spec.Diagnostics.DiagnosticDescriptors.TransitionConcernsNoCohort,
                new SourceSpan(path, 0, 1, 1, 1, 1, 2), "X", "y");
            Lovkode.Spec.Analysis.Models.ModelAnalyzer.Analyze(domain, model, bag);
            return bag.Items.Count(d => d.Id == "LK0226");
        }
        Assert.Equal(0, CyclesAfter("model.rules", error: true));
        Assert.Equal(1, CyclesAfter("andet.rules", error: true));
        Assert.Equal(1, CyclesAfter("model.rules", error: false));
    }

    [Fact]
    public void An_error_in_another_file_or_a_warning_in_the_model_does_not_stop_the_model_checks()
    {
        var circle = ModelFiles.With(Transition("TilDagpenge", "Kontanthjaelp", "Dagpenge"));
        // A regime file with an error of its own: the model's circle is still found.
        var withBadRegime = SpecCompiler.Compile(new[]
        {
            new SpecSource("domain.rules", ModelFiles.Domain),
            new SpecSource("model.rules", circle),
            new SpecSource("lov.rules", ModelFiles.Law),
            new SpecSource("andet.rules", "regime Andet \"Andet\" domain Ukendt effective 2020-01-01 § \"x\"\n"),
        });
        Assert.Contains(withBadRegime.Diagnostics, d => d.IsError && d.Span.Path == "andet.rules");
        Assert.Single(withBadRegime.Diagnostics, d => d.Id == "LK0226");

        // A stock without its source is a warning in the model's own file: the circle is still found.
        var uncited = ModelFiles.Compile(circle.Replace("stock 500                                  § \"Testkilde § 7\"", "stock 500"));
        Assert.Contains(uncited.Diagnostics, d => d.Id == "LK0209" && d.Span.Path == "model.rules");
        Assert.Single(uncited.Diagnostics, d => d.Id == "LK0226");
    }
}
