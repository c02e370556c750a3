using Lovkode.Law;
using Lovkode.Runtime;
using Lovkode.Simulation.Calibration;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Spells;

namespace Lovkode.Simulation.Tests.Model;

/// <summary>
/// The Danish population model, moved from C# into src/Lovkode.Law/rules/Danmark2023.rules,
/// holds the same numbers as the C# it replaces (PopulationComposition.Denmark2023,
/// PersonSynthesizer, Municipalities, DanishNames, SpellModel, the engine's closed-programme
/// redirect, PracticeContact, MeetingEffects, CostAssumptions, CalibrationTarget): the generated
/// model, read through the runtime contract, is compared with them value for value.
/// </summary>
public sealed class Danmark2023ModelTests
{
    private static readonly IPopulationModel Model = Models.Create("Danmark2023");
    private static readonly ModelInfo Info = Model.Info;

    private static double Value(ModelOperand operand)
    {
        Assert.False(operand.IsLaw, $"{operand} is a law parameter");
        return Model.Values[operand.Value];
    }

    private static double Law(ModelOperand operand, string regime, DateOnly date)
    {
        Assert.True(operand.IsLaw, $"{operand} is not a law parameter");
        var parameters = Regimes.Create(regime).Parameters;
        var index = parameters.IndexOf(operand.Law!);
        Assert.True(index >= 0, $"{regime} lacks {operand.Law}");
        return parameters.Value(index, 0, date.DayNumber);
    }

    private static int Slot(string fact) => Info.Facts.Single(f => f.Name == fact).Slot;

    private static int Member(string fact, string member) => Info.Facts.Single(f => f.Name == fact).Members.ToList().IndexOf(member);

    private static CohortInfo CohortOf(Cohort c) => Info.Cohorts.Single(x =>
        x.Key.Contains(new FactSetting(Slot("benefit"), Member("benefit", c.Benefit.ToString())))
        && x.Key.Contains(new FactSetting(Slot("readiness"), Member("readiness", c.Readiness.ToString()))));

    private static FactDrawInfo DrawOf(CohortInfo cohort, string fact) => cohort.Draws.Single(d => d.Slot == Slot(fact));

    private static Citizen Person(BenefitKind benefit, ReadinessKind readiness, int age = 40, bool education = true, bool employed = false) =>
        Beskaeftigelse.CreateCitizen((Beskaeftigelse.Benefit)(int)benefit, (Beskaeftigelse.Readiness)(int)readiness, age, education, employed, 0, Beskaeftigelse.Kommune.Aarhus);

    [Fact]
    public void It_is_in_the_registry_with_the_domains_facts_and_the_municipality_as_area()
    {
        Assert.Contains("Danmark2023", Models.Names);
        Assert.Equal("Beskaeftigelse", Info.Domain);
        Assert.Equal(Regimes.Create("Lab2019").Info.Facts.Select(f => f.Name), Info.Facts.Select(f => f.Name));
        Assert.Equal(Slot("municipality"), Info.AreaFact);
    }

    [Fact]
    public void Every_cohort_has_the_stock_hazards_and_age_triangle_of_PopulationComposition()
    {
        var composition = PopulationComposition.Denmark2023;
        Assert.Equal(composition.Cohorts.Count, Info.Cohorts.Count);
        foreach (var c in composition.Cohorts)
        {
            var cohort = CohortOf(c);
            Assert.Equal(c.Stock, Value(cohort.Stock));
            Assert.Null(cohort.InflowPerYear); // the steady state of Little's law, as today
            foreach (var week in new[] { 0, 1, 3, 4, 5, 26, 104, 519 })
            {
                var piece = cohort.Hazards.Single(h => week >= h.FromWeek && (h.UntilWeek is null || week < h.UntilWeek));
                Assert.Equal(c.ExitHazard(week), Value(piece.Hazard));
            }
            var age = Assert.IsType<TriangularNumber>(Assert.Single(DrawOf(cohort, "age").Cases).Distribution);
            Assert.Equal((c.AgeMin, c.AgeMode, c.AgeMax), ((int)Value(age.Low), (int)Value(age.Mode), (int)Value(age.High)));
        }
        Assert.Equal(640_300, Info.Cohorts.Sum(c => Value(c.Stock)));
    }

    [Fact]
    public void Education_follows_the_synthesisers_rules_under_30_and_its_shares()
    {
        foreach (var c in PopulationComposition.Denmark2023.Cohorts)
        {
            var cases = DrawOf(CohortOf(c), "education").Cases;
            switch (c.Benefit)
            {
                case BenefitKind.Uddannelseshjaelp:
                    Assert.Equal(new FixedValue(0), Assert.Single(cases).Distribution);
                    break;
                case BenefitKind.Kontanthjaelp or BenefitKind.Overgangsydelse:
                    Assert.Equal(2, cases.Count);
                    Assert.Equal(new FixedValue(1), cases[0].Distribution);
                    Assert.True(Model.Holds(cases[0].Condition, Person(c.Benefit, c.Readiness, age: 29)));
                    Assert.False(Model.Holds(cases[0].Condition, Person(c.Benefit, c.Readiness, age: 30)));
                    Assert.Equal(-1, cases[1].Condition);
                    Assert.Equal(c.EducationShare, Value(Assert.IsType<BoolShare>(cases[1].Distribution).Share));
                    break;
                default:
                    Assert.Equal(c.EducationShare, Value(Assert.IsType<BoolShare>(Assert.Single(cases).Distribution).Share));
                    break;
            }
        }
    }

    [Fact]
    public void Employment_absence_and_municipality_are_drawn_as_the_synthesiser_draws_them()
    {
        foreach (var c in PopulationComposition.Denmark2023.Cohorts)
        {
            var cohort = CohortOf(c);
            var employed = Assert.Single(DrawOf(cohort, "employed").Cases).Distribution;
            if (c.EmployedShare > 0) Assert.Equal(c.EmployedShare, Value(Assert.IsType<BoolShare>(employed).Share));
            else Assert.Equal(new FixedValue(0), employed);

            var absence = Assert.Single(DrawOf(cohort, "expectedAbsenceWeeks").Cases).Distribution;
            if (c.Benefit == BenefitKind.Sygedagpenge)
            {
                var bins = Assert.IsType<Histogram>(absence).Bins;
                Assert.Equal([(2, 8, 0.40), (8, 26, 0.35), (26, 53, 0.25)], bins.Select(b => (b.Low, b.High, Value(b.Weight))));
                // PersonSynthesizer.ExpectedAbsence: the same bins, uniform within.
                Assert.Equal((2, 7), (PersonSynthesizer.ExpectedAbsence(0), PersonSynthesizer.ExpectedAbsence(0.3999)));
                Assert.Equal((8, 25), (PersonSynthesizer.ExpectedAbsence(0.40), PersonSynthesizer.ExpectedAbsence(0.7499)));
                Assert.Equal((26, 52), (PersonSynthesizer.ExpectedAbsence(0.75), PersonSynthesizer.ExpectedAbsence(0.99999)));
            }
            else
            {
                Assert.Equal(new FixedValue(0), absence);
            }

            var table = Info.Tables[Assert.IsType<FromTable>(Assert.Single(DrawOf(cohort, "municipality").Cases).Distribution).Table];
            Assert.Equal(Slot("municipality"), table.Slot);
            Assert.Equal(Municipalities.All.Select((m, i) => (i, (double)m.Inhabitants)), table.Rows.Select(r => (r.Member, r.Weight)));
            Assert.Equal(Municipalities.All.Select(m => m.Name), Info.Facts[table.Slot].Members);
        }
    }

    [Fact]
    public void The_dagpenge_stock_is_elapsed_modulo_the_laws_dagpenge_period()
    {
        var dagpenge = CohortOf(PopulationComposition.Denmark2023.Cohorts.Single(c => c.Benefit == BenefitKind.Dagpenge));
        Assert.Equal(SpellModel.Default.DagpengePeriodWeeks, Law(dagpenge.ElapsedBelow!.Value, "Lab2019", new DateOnly(2024, 1, 1)));
        Assert.All(Info.Cohorts.Where(c => c != dagpenge), c => Assert.Null(c.ElapsedBelow));
    }

    [Fact]
    public void Dagpenge_exhaustion_is_the_spell_models_half_split_with_the_under_30_routing()
    {
        var t = Info.Transitions.Single(x => x.Name == "DagpengeOpbrugt");
        Assert.Equal(TransitionTrigger.AfterCumulativeWeeks, t.Trigger);
        Assert.Equal(SpellModel.Default.DagpengePeriodWeeks, Law(t.Weeks!.Value, "Kontaktforloeb2024", new DateOnly(2024, 1, 1)));
        Assert.True(Model.Holds(t.Condition, Person(BenefitKind.Dagpenge, ReadinessKind.Jobparat)));
        Assert.False(Model.Holds(t.Condition, Person(BenefitKind.Kontanthjaelp, ReadinessKind.Jobparat)));
        var move = t.Branches[0];
        Assert.Equal(SpellModel.Default.DagpengeToKontanthjaelpShare, Value(move.Share!.Value));
        Assert.Equal(BranchOutcome.Move, move.Outcome);
        Assert.Equal((null, BranchOutcome.Leave), (t.Branches[1].Share, t.Branches[1].Outcome));
        Assert.Equal((BenefitKind.Uddannelseshjaelp, ReadinessKind.Uddannelsesparat), Destination(move, Person(BenefitKind.Dagpenge, ReadinessKind.Jobparat, age: 25, education: false)));
        Assert.Equal((BenefitKind.Kontanthjaelp, ReadinessKind.Jobparat), Destination(move, Person(BenefitKind.Dagpenge, ReadinessKind.Jobparat, age: 25, education: true)));
        Assert.Equal((BenefitKind.Kontanthjaelp, ReadinessKind.Jobparat), Destination(move, Person(BenefitKind.Dagpenge, ReadinessKind.Jobparat, age: 30, education: false)));
    }

    [Fact]
    public void Sygedagpenge_move_to_jobafklaring_at_the_laws_reassessment_week_with_the_spell_models_share()
    {
        var t = Info.Transitions.Single(x => x.Name == "SygRevurdering");
        Assert.Equal(TransitionTrigger.AtSpellWeek, t.Trigger);
        // The law review (sygedagpengeloven § 24) put the reassessment in spell week 26; today's
        // C# still moves people at its hard-coded week 22, which the generic engine replaces.
        Assert.Equal(26, Law(t.Weeks!.Value, "Lab2019", new DateOnly(2024, 1, 1)));
        Assert.Equal(SpellModel.Default.SygedagpengeToJobafklaringShare, Value(t.Branches[0].Share!.Value));
        Assert.Equal((BenefitKind.Jobafklaring, ReadinessKind.Aktivitetsparat), Destination(t.Branches[0], Person(BenefitKind.Sygedagpenge, ReadinessKind.Jobparat)));
        Assert.Equal((null, BranchOutcome.Stay), (t.Branches[1].Share, t.Branches[1].Outcome));
    }

    [Fact]
    public void Closed_programmes_admit_the_laws_share_and_redirect_the_rest_as_the_engine_does()
    {
        var t = Info.Transitions.Single(x => x.Name == "LukketTilgang");
        Assert.Equal(TransitionTrigger.AtEntry, t.Trigger);
        var admitted = t.Branches[0];
        Assert.Equal(LawParameters.InflowShareClosedProgrammes, admitted.Share!.Value.Law);
        Assert.Equal(BranchOutcome.Stay, admitted.Outcome);
        Assert.Equal(1.0, Law(admitted.Share.Value, "Lab2019", new DateOnly(2024, 1, 1)));
        Assert.Equal(0.0, Law(admitted.Share.Value, "Reform2026", new DateOnly(2027, 1, 4)));
        foreach (var benefit in Enum.GetValues<BenefitKind>())
        {
            Assert.Equal(benefit is BenefitKind.Ressourceforloeb or BenefitKind.Revalidering, Model.Holds(t.Condition, Person(benefit, ReadinessKind.Aktivitetsparat)));
        }
        var rest = t.Branches[1];
        Assert.Null(rest.Share);
        Assert.Equal((BenefitKind.Uddannelseshjaelp, ReadinessKind.Aktivitetsparat), Destination(rest, Person(BenefitKind.Revalidering, ReadinessKind.Aktivitetsparat, age: 22, education: false)));
        Assert.Equal((BenefitKind.Kontanthjaelp, ReadinessKind.Aktivitetsparat), Destination(rest, Person(BenefitKind.Ressourceforloeb, ReadinessKind.Aktivitetsparat, age: 45)));
    }

    [Fact]
    public void Practice_contact_has_the_interval_start_requirement_and_benefits_of_PracticeContact()
    {
        var p = Assert.Single(Info.Practices);
        var practice = PracticeContact.Default;
        Assert.Equal(practice.IntervalWeeks, Value(p.IntervalWeeks));
        Assert.Equal(practice.FromSpellWeek, Value(p.FromSpellWeek));
        Assert.Equal(practice.Requirement, p.Requirement);
        foreach (var benefit in Enum.GetValues<BenefitKind>())
        {
            foreach (var employed in new[] { false, true })
            {
                Assert.Equal(PracticeContact.Covers(benefit) && !employed, Model.Holds(p.Condition, Person(benefit, ReadinessKind.Jobparat, employed: employed)));
            }
        }
        Assert.Equal(ValueStatus.Calibrated, Info.Values[p.IntervalWeeks.Value].Status);
    }

    [Fact]
    public void The_meeting_effect_acts_on_the_cohorts_close_to_the_labour_market()
    {
        var e = Assert.Single(Info.Effects);
        Assert.Equal(EventKind.Meeting, e.After);
        Assert.Equal(MeetingEffects.Default.HazardMultiplier, Value(e.Multiplier));
        Assert.Equal(MeetingEffects.Default.Weeks, Value(e.Weeks));
        foreach (var c in PopulationComposition.Denmark2023.Cohorts)
        {
            Assert.Equal(c.CloseToLabourMarket, Model.Holds(e.Condition, Person(c.Benefit, c.Readiness)));
        }
    }

    [Fact]
    public void Costs_are_the_laws_hourly_rate_and_1628_hours_a_year()
    {
        Assert.Equal(CostAssumptions.Default.HoursPerFte, Value(Info.Costs.HoursPerFte));
        Assert.Equal(CostAssumptions.SeedHourlyDkk, Law(Info.Costs.HourlyDkk, CalibrationRun.DefaultRegime, CalibrationRun.DefaultStart));
    }

    [Fact]
    public void The_calibration_targets_are_seed_002s_for_the_calibration_regime_and_year()
    {
        Assert.Equal(
            CalibrationTarget.Seed002.Select(t => (t.Metric, t.Value, t.Tolerance)),
            Info.Targets.Select(t => (t.Metric, t.Value, t.Tolerance)));
        Assert.All(Info.Targets, t => Assert.Equal((CalibrationRun.DefaultRegime, CalibrationRun.DefaultStart, 52), (t.Regime, t.Start, t.Weeks)));
    }

    [Fact]
    public void The_name_tables_are_the_danish_ones()
    {
        Assert.Equal(DanishNames.Women, Info.Names.Female);
        Assert.Equal(DanishNames.Men, Info.Names.Male);
        Assert.Equal(DanishNames.Surnames, Info.Names.Family);
    }

    [Fact]
    public void Every_assumed_calibrated_or_uncertain_value_has_a_range_that_holds_it()
    {
        foreach (var v in Info.Values)
        {
            var uncertain = v.Status != ValueStatus.Cited || v.Confidence != Confidence.High;
            // The bounds of an age triangle are the benefit's age limits, written without a range; the mode carries it.
            var bound = v.Name.EndsWith(".low", StringComparison.Ordinal) || v.Name.EndsWith(".high", StringComparison.Ordinal);
            if (uncertain && !bound) Assert.True(v.Range is not null, $"{v.Name} is {v.Status}, {v.Confidence}, but has no range");
            if (v.Range is { } r) Assert.InRange(v.Point, r.Low, r.High);
            Assert.False(string.IsNullOrWhiteSpace(v.Citation.Text), $"{v.Name} has no source");
        }
    }

    [Fact]
    public void Every_law_operand_is_listed_with_the_unit_its_place_needs_and_every_regime_has_it()
    {
        Assert.Equal(
            [
                ("DagpengePeriode", ParameterUnit.Weeks), ("DagpengePeriode", ParameterUnit.Weeks), ("SygRevurderingUger", ParameterUnit.Weeks),
                ("TilgangRessourceforloebRevalidering", ParameterUnit.Share), ("SagsbehandlerTimepris", ParameterUnit.Dkk),
            ],
            Info.Laws.Select(l => (l.Parameter, l.Unit)));
        Assert.All(Info.Laws, l => Assert.Equal("Danmark2023.rules", l.Location.Path));
        Assert.Equal("the elapsed bound of cohort DagpengeJobparat", Info.Laws[0].Place);
        foreach (var name in Regimes.Names)
        {
            var parameters = Regimes.Create(name).Info.Parameters;
            Assert.All(Info.Laws, l => Assert.Equal(l.Unit, parameters.Single(p => p.Name == l.Parameter).Unit));
        }
    }

    [Fact]
    public void With_values_gives_a_copy_that_runs_with_its_own_values()
    {
        var values = Model.Values.Clone();
        var stock = Info.ValueIndex("DagpengeJobparat.stock");
        Assert.True(values.Override(stock, 60_000));
        var copy = Model.WithValues(values);
        Assert.Equal(60_000, copy.Values[stock]);
        Assert.Equal(52_000, Model.Values[stock]);
        Assert.Same(Info, copy.Info);
    }

    /// <summary>The benefit and readiness a move sets for the person: its first destination whose condition holds.</summary>
    private static (BenefitKind, ReadinessKind) Destination(TransitionBranch branch, Citizen person)
    {
        var d = branch.Destinations.First(x => x.Condition < 0 || Model.Holds(x.Condition, person));
        var benefit = d.Set.Single(s => s.Slot == Slot("benefit")).Value;
        var readiness = d.Set.Single(s => s.Slot == Slot("readiness")).Value;
        return ((BenefitKind)benefit, (ReadinessKind)readiness);
    }
}
