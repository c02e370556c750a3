using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Tests.Models;

/// <summary>
/// What a model binds to: values named by place with their kind, status, confidence and range;
/// the all-cohorts draws folded into every cohort; conditions bound once; law operands recorded
/// with the unit their place needs.
/// </summary>
public sealed class ModelBindingTests
{
    private static readonly string Rich = ModelFiles.With("""
        all cohorts
          draw education 30% range 20%..40%          assumed "Andel"
          draw employed = false                      § "x"

        transition Tilbage "Ud af kontanthjælp"
          when benefit = Kontanthjaelp and readiness = Jobparat and age < 30
          at spell week 26 range 20..30               assumed "Efter et halvt år"
          25%                                          calibrated "Afstemt"
            move to readiness = Aktivitetsparat when education
                 to readiness = Aktivitetsparat, education = true
          rest stay

        practice Kontakt "Kontakt"
          when benefit = Dagpenge and not employed
          every law Periode weeks
          from week 26 range 20..30                  assumed "Efter 6 måneder"
          as Samtale

        choice Kanal
          channel Digital
          meetings after the first of Samtale by Jobcenter
          law Tilgang from 2024-01-01                 § "x"

        effect Effekt
          when benefit = Dagpenge
          after meeting multiply hazard by 1.15 range 1.05..1.3 assumed "x"
          for 4 weeks                                § "x" confidence high

        target Samtaler metric "interviews" = 240000 within 10% from 2024-01-01 for 26 weeks under Lov § "x"
        names female "Anne" male "Peter" family "Nielsen" § "DST"
        """).Replace("cohort Kontant \"Kontanthjælpsmodtagere\"\n  is benefit = Kontanthjaelp, readiness = Jobparat",
            "cohort Kontant \"Kontanthjælpsmodtagere\"\n  is benefit = Kontanthjaelp, readiness = Jobparat") + """

        cohort Aktiv "Aktivitetsparate"
          is benefit = Kontanthjaelp, readiness = Aktivitetsparat
          stock 300                                  § "x"
          hazard 0.01 from week 0                    § "x"
          draw age triangular 25..60 mode 40 range 35..45 assumed "Form"
        """;

    [Fact]
    public void Values_are_named_by_place_with_kind_status_and_confidence()
    {
        var model = ModelFiles.Bind(Rich);
        var byName = model.Values.ToDictionary(v => v.Name);
        Assert.Equal((ModelValueKind.Persons, 1000.0, ModelValueStatus.Cited, ConfidenceLevel.High), Of(byName["Ledige.stock"]));
        Assert.Equal((ModelValueKind.Hazard, 0.05, ModelValueStatus.Cited, ConfidenceLevel.High), Of(byName["Ledige.hazard.1"]));
        Assert.Equal(ModelValueKind.FactNumber, byName["Ledige.age.low"].Kind);
        Assert.Equal(ModelValueKind.Share, byName["Ledige.education"].Kind);
        Assert.Equal((ModelValueKind.Share, 0.3, ModelValueStatus.Assumed, ConfidenceLevel.Low), Of(byName["draw.education"]));
        Assert.Equal((ModelValueKind.Weeks, 26.0, ModelValueStatus.Assumed, ConfidenceLevel.Low), Of(byName["Tilbage.weeks"]));
        Assert.Equal((ModelValueKind.Share, 0.25, ModelValueStatus.Calibrated, ConfidenceLevel.Medium), Of(byName["Tilbage.share.1"]));
        Assert.Equal(ModelValueKind.Weeks, byName["Kontakt.from"].Kind);
        Assert.False(byName.ContainsKey("Kontakt.interval")); // the law's
        Assert.Equal((ModelValueKind.Multiplier, 1.15, ModelValueStatus.Assumed, ConfidenceLevel.Low), Of(byName["Effekt.multiplier"]));
        Assert.Equal((ModelValueKind.Weeks, 4.0, ModelValueStatus.Cited, ConfidenceLevel.High), Of(byName["Effekt.weeks"]));
        Assert.Equal(ModelValueKind.Hours, byName["cost.fte"].Kind);
        Assert.Equal(new BoundRange(35, 45, RangeShape.Triangular, byName["Aktiv.age.mode"].Range!.Span), byName["Aktiv.age.mode"].Range);
        Assert.Equal(model.Values.Count, byName.Count);
    }

    [Fact]
    public void A_fact_with_several_cases_names_its_values_by_case()
    {
        var model = ModelFiles.Bind(ModelFiles.Base.Replace("  draw education 50%                         § \"Testkilde § 5\"\n",
            "  draw education = true when age < 30         § \"x\"\n  draw education 50%                         § \"Testkilde § 5\"\n"));
        Assert.Contains(model.Values, v => v.Name == "Ledige.education.case.2" && v.Point == 0.5);
        var draw = model.Cohorts[0].Draws.Single(d => d.Slot == 3);
        Assert.Equal(2, draw.Cases.Count);
        Assert.Equal(new BoundFixed(1), draw.Cases[0].Distribution);
        Assert.Equal(-1, draw.Cases[1].Condition);
    }

    [Fact]
    public void All_cohorts_draws_come_after_a_cohorts_own_and_only_for_facts_it_does_not_draw()
    {
        var model = ModelFiles.Bind(Rich);
        var ledige = model.Cohorts.Single(c => c.Name == "Ledige");
        // Ledige draws age, education and employed itself: no all-cohorts draw is folded in.
        Assert.All(ledige.Draws, d => Assert.False(d.FromAllCohorts));
        var aktiv = model.Cohorts.Single(c => c.Name == "Aktiv");
        Assert.Equal([(2, false), (3, true), (4, true)], aktiv.Draws.Select(d => (d.Slot, d.FromAllCohorts)));
        var share = Assert.IsType<BoundBoolShare>(aktiv.Draws[1].Cases[0].Distribution);
        Assert.Equal("draw.education", model.Values[share.Share.Value].Name);
    }

    [Fact]
    public void Law_operands_are_recorded_with_the_unit_their_place_needs()
    {
        var model = ModelFiles.Bind(Rich);
        Assert.Equal(
            [("Periode", ParameterUnit.Weeks), ("Periode", ParameterUnit.Weeks), ("Tilgang", ParameterUnit.Share), ("Timepris", ParameterUnit.Dkk)],
            model.Laws.Select(l => (l.Parameter, l.Unit)));
        Assert.Equal(BoundModelOperand.FromLaw("Periode"), model.Practices.Single().Interval);
        Assert.Equal(BoundModelOperand.FromLaw("Timepris"), model.HourlyDkk);
        Assert.Equal(BoundModelOperand.FromLaw("Tilgang"), model.Choices.Single().Shares.Single().Share);
    }

    [Fact]
    public void A_condition_stated_twice_is_bound_once()
    {
        var model = ModelFiles.Bind(Rich.Replace("when benefit = Dagpenge and not employed", "when benefit = Dagpenge"));
        var dagpenge = model.Conditions.Count(c => c is BoundCompare { Slot: 0, Op: CompareOp.Equal, Value: 0 });
        Assert.Equal(1, dagpenge);
        Assert.Equal(model.Transitions.Single(t => t.Name == "Opbrugt").Condition, model.Practices.Single().Condition);
        Assert.Equal(model.Practices.Single().Condition, model.Effects.Single().Condition);
    }

    [Fact]
    public void Transitions_choices_effects_targets_and_names_bind_to_their_parts()
    {
        var model = ModelFiles.Bind(Rich);
        var t = model.Transitions.Single(x => x.Name == "Tilbage");
        Assert.Equal(TransitionTriggerKind.AtSpellWeek, t.Trigger);
        var move = t.Branches[0];
        Assert.Equal(BranchOutcome.Move, move.Outcome);
        Assert.Equal([new BoundFactSetting(1, 1)], move.Destinations[0].Set);
        Assert.Equal([new BoundFactSetting(1, 1), new BoundFactSetting(3, 1)], move.Destinations[1].Set);
        Assert.Equal(-1, move.Destinations[1].Condition);
        Assert.Null(t.Branches[1].Share);

        var choice = model.Choices.Single();
        Assert.Equal((1, true), (choice.Channel, choice.AfterFirst));
        Assert.Equal(["Samtale"], choice.Requirements);
        Assert.Equal([0], choice.Actors);

        var target = model.Targets.Single();
        Assert.Equal(("interviews", 240000.0, 0.1, "Lov", 26), (target.Metric, target.Value, target.Tolerance, target.Regime, target.Weeks));
        Assert.Equal(Text.SpecDate.FromDateTime(new DateTime(2024, 1, 1)), target.StartDay);
        Assert.Equal(["Anne"], model.Names.Female);
        Assert.Equal(RequirementKind.Meeting, model.Effects.Single().After);
    }

    [Fact]
    public void Without_regimes_law_parameters_and_requirements_are_left_to_the_run_and_a_target_regime_is_a_warning()
    {
        var c = ModelFiles.Compile(Rich, withLaw: false);
        Assert.DoesNotContain(c.Diagnostics, d => d.Id is "LK0210" or "LK0211");
        Assert.DoesNotContain(c.Diagnostics, d => d.Id == "LK0201" && d.Message.Contains("requirement", StringComparison.Ordinal));
        Assert.Contains(c.Diagnostics, d => d.Id == "LK0238" && !d.IsError && d.Message.Contains("Lov", StringComparison.Ordinal));
    }

    [Fact]
    public void Stating_nothing_uncertain_without_a_range_leaves_the_base_model_free_of_warnings()
    {
        var c = ModelFiles.Compile(ModelFiles.Base);
        Assert.Empty(c.Diagnostics);
    }

    [Fact]
    public void An_assumed_model_value_without_a_range_is_a_warning_but_the_bounds_of_a_triangle_need_none()
    {
        var c = ModelFiles.Compile(ModelFiles.Base.Replace("  stock 1000                                 § \"Testkilde § 2\"\n", "  stock 1000 assumed \"x\"\n")
            .Replace("draw age uniform 20..60                    § \"Testkilde § 4\"", "draw age triangular 20..60 mode 35 range 30..40 assumed \"x\""));
        var warning = Assert.Single(c.Diagnostics);
        Assert.Equal(("LK0208", 8), (warning.Id, warning.Span.Line));
    }

    [Fact]
    public void A_model_and_its_domain_are_its_source_paths_and_only_their_errors_stop_it()
    {
        var c = ModelFiles.Compile(ModelFiles.Base);
        var model = Assert.Single(c.Models);
        Assert.Equal(["model.rules", "domain.rules"], model.SourcePaths);
        Assert.True(c.IsEmittable(model));
        var broken = SpecCompiler.Compile([new("domain.rules", ModelFiles.Domain), new("model.rules", ModelFiles.Base), new("lov.rules", ModelFiles.Law + "\nrequirement X task § \"x\"\n")]);
        Assert.True(broken.HasErrors);
        Assert.True(broken.IsEmittable(broken.FindModel("Testmodel")!));
    }

    private static (ModelValueKind, double, ModelValueStatus, ConfidenceLevel) Of(BoundModelValue v) => (v.Kind, v.Point, v.Status, v.Confidence);
}
