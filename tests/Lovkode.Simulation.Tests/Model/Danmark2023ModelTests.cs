using Lovkode.Law;
using Lovkode.Runtime;
using Lovkode.Simulation.Metrics;
using Benefit = Lovkode.Law.Beskaeftigelse.Benefit;
using Readiness = Lovkode.Law.Beskaeftigelse.Readiness;

namespace Lovkode.Simulation.Tests.Model;

/// <summary>
/// The Danish population model generated from src/Lovkode.Law/rules/Danmark2023.rules, read
/// through the runtime contract as the engine reads it: what the law says about who is where
/// (LAS § 2's under-30 rule, the dagpenge period, the reassessment week, the L 66 closure), that
/// the cohorts add up to the case-years the model is calibrated to, that every number the engine
/// needs is there with a source, and that every uncertain value carries a range.
/// </summary>
public sealed class Danmark2023ModelTests
{
    private static readonly IPopulationModel Model = Models.Create("Danmark2023");
    private static readonly ModelInfo Info = Model.Info;
    private static readonly DateOnly Year2024 = new(2024, 1, 1);

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

    private static CohortInfo CohortOf(Benefit benefit, Readiness readiness) => Info.Cohorts.Single(x =>
        x.Key.Contains(new FactSetting(Slot("benefit"), (int)benefit)) && x.Key.Contains(new FactSetting(Slot("readiness"), (int)readiness)));

    private static (Benefit Benefit, Readiness Readiness) KeyOf(CohortInfo cohort) =>
        ((Benefit)cohort.Key.Single(k => k.Slot == Slot("benefit")).Value, (Readiness)cohort.Key.Single(k => k.Slot == Slot("readiness")).Value);

    private static FactDrawInfo DrawOf(CohortInfo cohort, string fact) => cohort.Draws.Single(d => d.Slot == Slot(fact));

    private static Citizen Person(Benefit benefit, Readiness readiness, int age = 40, bool education = true, bool employed = false) =>
        Beskaeftigelse.CreateCitizen(benefit, readiness, age, education, employed, 0, Beskaeftigelse.Kommune.Aarhus);

    [Fact]
    public void It_is_in_the_registry_with_the_domains_facts_and_the_municipality_as_area()
    {
        Assert.Contains("Danmark2023", Models.Names);
        Assert.IsType<Danmark2023>(Model);
        Assert.Equal("Beskaeftigelse", Info.Domain);
        Assert.Equal(Regimes.Create("Lab2019").Info.Facts.Select(f => f.Name), Info.Facts.Select(f => f.Name));
        Assert.Equal(Slot("municipality"), Info.AreaFact);
    }

    [Fact]
    public void The_cohorts_add_up_to_the_case_years_target_and_each_has_hazards_for_every_spell_week()
    {
        var caseYears = Info.Targets.Single(t => t.Metric == "case.years");
        Assert.Equal(caseYears.Value, Info.Cohorts.Sum(c => Value(c.Stock)));
        Assert.Equal(13, Info.Cohorts.Count);
        Assert.Equal(Info.Cohorts.Count, Info.Cohorts.Select(KeyOf).Distinct().Count());
        foreach (var cohort in Info.Cohorts)
        {
            Assert.Null(cohort.InflowPerYear); // the steady state of Little's law
            Assert.Equal(0, cohort.Hazards[0].FromWeek);
            for (var i = 1; i < cohort.Hazards.Count; i++) Assert.Equal(cohort.Hazards[i - 1].UntilWeek, cohort.Hazards[i].FromWeek);
            Assert.Null(cohort.Hazards[^1].UntilWeek);
            Assert.All(cohort.Hazards, h => Assert.InRange(Value(h.Hazard), 0.0005, 0.1));
            var age = Assert.IsType<TriangularNumber>(Assert.Single(DrawOf(cohort, "age").Cases).Distribution);
            Assert.True(Value(age.Low) <= Value(age.Mode) && Value(age.Mode) <= Value(age.High), cohort.Name);
        }
    }

    [Fact]
    public void Nobody_under_30_without_education_is_on_kontanthjaelp_and_nobody_on_uddannelseshjaelp_has_one()
    {
        // LAS § 2: the young without an education are on uddannelseshjælp, at most 29 years old.
        foreach (var cohort in Info.Cohorts)
        {
            var (benefit, readiness) = KeyOf(cohort);
            var cases = DrawOf(cohort, "education").Cases;
            if (benefit == Benefit.Uddannelseshjaelp)
            {
                Assert.Equal(new FixedValue(0), Assert.Single(cases).Distribution);
                Assert.True(Value(Assert.IsType<TriangularNumber>(DrawOf(cohort, "age").Cases[0].Distribution).High) <= 29);
            }
            else if (benefit is Benefit.Kontanthjaelp or Benefit.Overgangsydelse)
            {
                Assert.Equal(2, cases.Count);
                Assert.Equal(new FixedValue(1), cases[0].Distribution);
                Assert.True(Model.Holds(cases[0].Condition, Person(benefit, readiness, age: 29)));
                Assert.False(Model.Holds(cases[0].Condition, Person(benefit, readiness, age: 30)));
                Assert.Equal(-1, cases[1].Condition);
                Assert.IsType<BoolShare>(cases[1].Distribution);
            }
            else
            {
                Assert.IsType<BoolShare>(Assert.Single(cases).Distribution);
            }
        }
    }

    [Fact]
    public void Only_the_sick_the_job_clarified_and_flex_jobs_are_employed_and_only_the_sick_expect_absence()
    {
        foreach (var cohort in Info.Cohorts)
        {
            var (benefit, _) = KeyOf(cohort);
            var employed = Assert.Single(DrawOf(cohort, "employed").Cases).Distribution;
            if (benefit is Benefit.Sygedagpenge or Benefit.Jobafklaring or Benefit.Ledighedsydelse) Assert.InRange(Value(Assert.IsType<BoolShare>(employed).Share), 0.1, 0.9);
            else Assert.Equal(new FixedValue(0), employed);

            var absence = Assert.Single(DrawOf(cohort, "expectedAbsenceWeeks").Cases).Distribution;
            if (benefit == Benefit.Sygedagpenge)
            {
                var bins = Assert.IsType<Histogram>(absence).Bins;
                Assert.Equal([(2, 8), (8, 26), (26, 53)], bins.Select(b => (b.Low, b.High)));
                Assert.Equal(1.0, bins.Sum(b => Value(b.Weight)), 9);
            }
            else
            {
                Assert.Equal(new FixedValue(0), absence);
            }

            var table = Info.Tables[Assert.IsType<FromTable>(Assert.Single(DrawOf(cohort, "municipality").Cases).Distribution).Table];
            Assert.Equal(Slot("municipality"), table.Slot);
        }
    }

    [Fact]
    public void The_inhabitants_table_has_every_municipality_once()
    {
        var table = Assert.Single(Info.Tables);
        Assert.Equal(98, Info.Facts[table.Slot].Members.Count);
        Assert.Equal(Enumerable.Range(0, 98), table.Rows.Select(r => r.Member));
        Assert.All(table.Rows, r => Assert.True(r.Weight > 0));
        Assert.InRange(table.Rows.Sum(r => r.Weight), 5_800_000, 6_100_000);
    }

    [Fact]
    public void The_dagpenge_stock_is_elapsed_modulo_the_laws_dagpenge_period()
    {
        var dagpenge = CohortOf(Benefit.Dagpenge, Readiness.Jobparat);
        Assert.Equal(104, Law(dagpenge.ElapsedBelow!.Value, "Lab2019", Year2024));
        Assert.All(Info.Cohorts.Where(c => c != dagpenge), c => Assert.Null(c.ElapsedBelow));
    }

    [Fact]
    public void Dagpenge_exhaustion_after_the_laws_period_sends_a_share_on_with_the_under_30_routing()
    {
        var t = Info.Transitions.Single(x => x.Name == "DagpengeOpbrugt");
        Assert.Equal(TransitionTrigger.AfterCumulativeWeeks, t.Trigger);
        Assert.Equal(104, Law(t.Weeks!.Value, "Kontaktforloeb2024", Year2024));
        Assert.True(Model.Holds(t.Condition, Person(Benefit.Dagpenge, Readiness.Jobparat)));
        Assert.False(Model.Holds(t.Condition, Person(Benefit.Kontanthjaelp, Readiness.Jobparat)));
        var move = t.Branches[0];
        Assert.Equal(BranchOutcome.Move, move.Outcome);
        Assert.InRange(Value(move.Share!.Value), 0, 1);
        Assert.Equal((null, BranchOutcome.Leave), (t.Branches[1].Share, t.Branches[1].Outcome));
        Assert.Equal((Benefit.Uddannelseshjaelp, Readiness.Uddannelsesparat), Destination(move, Person(Benefit.Dagpenge, Readiness.Jobparat, age: 25, education: false)));
        Assert.Equal((Benefit.Kontanthjaelp, Readiness.Jobparat), Destination(move, Person(Benefit.Dagpenge, Readiness.Jobparat, age: 25, education: true)));
        Assert.Equal((Benefit.Kontanthjaelp, Readiness.Jobparat), Destination(move, Person(Benefit.Dagpenge, Readiness.Jobparat, age: 30, education: false)));
    }

    [Fact]
    public void Sygedagpenge_move_to_jobafklaring_at_the_laws_reassessment_week()
    {
        var t = Info.Transitions.Single(x => x.Name == "SygRevurdering");
        Assert.Equal(TransitionTrigger.AtSpellWeek, t.Trigger);
        // Sygedagpengeloven § 24: after 22 paid weeks, the first 30 days not counted: spell week 26 (Lab2019.rules).
        Assert.Equal(26, Law(t.Weeks!.Value, "Lab2019", Year2024));
        Assert.Equal(BranchOutcome.Move, t.Branches[0].Outcome);
        Assert.Equal((Benefit.Jobafklaring, Readiness.Aktivitetsparat), Destination(t.Branches[0], Person(Benefit.Sygedagpenge, Readiness.Jobparat)));
        Assert.Equal((null, BranchOutcome.Stay), (t.Branches[1].Share, t.Branches[1].Outcome));
    }

    [Fact]
    public void Closed_programmes_admit_the_laws_share_and_redirect_the_rest()
    {
        var t = Info.Transitions.Single(x => x.Name == "LukketTilgang");
        Assert.Equal(TransitionTrigger.AtEntry, t.Trigger);
        var admitted = t.Branches[0];
        Assert.Equal("TilgangRessourceforloebRevalidering", admitted.Share!.Value.Law);
        Assert.Equal(BranchOutcome.Stay, admitted.Outcome);
        Assert.Equal(1.0, Law(admitted.Share.Value, "Lab2019", Year2024));
        Assert.Equal(1.0, Law(admitted.Share.Value, "Sygedagpenge2025", new DateOnly(2026, 1, 5)));
        Assert.Equal(0.0, Law(admitted.Share.Value, "Reform2026", new DateOnly(2027, 1, 4)));
        Assert.Equal(0.0, Law(admitted.Share.Value, "Hovedlov2027", new DateOnly(2027, 1, 4)));
        foreach (var benefit in Enum.GetValues<Benefit>())
        {
            Assert.Equal(benefit is Benefit.Ressourceforloeb or Benefit.Revalidering, Model.Holds(t.Condition, Person(benefit, Readiness.Aktivitetsparat)));
        }
        var rest = t.Branches[1];
        Assert.Null(rest.Share);
        Assert.Equal((Benefit.Uddannelseshjaelp, Readiness.Aktivitetsparat), Destination(rest, Person(Benefit.Revalidering, Readiness.Aktivitetsparat, age: 22, education: false)));
        Assert.Equal((Benefit.Kontanthjaelp, Readiness.Aktivitetsparat), Destination(rest, Person(Benefit.Ressourceforloeb, Readiness.Aktivitetsparat, age: 45)));
    }

    [Fact]
    public void Practice_contact_reaches_the_benefits_with_individual_contact_when_not_employed()
    {
        var p = Assert.Single(Info.Practices);
        Assert.Equal("Jobsamtale", p.Requirement);
        Assert.Equal(ValueStatus.Calibrated, Info.Values[p.IntervalWeeks.Value].Status);
        Assert.Equal(7, Value(p.IntervalWeeks)); // calibrated to seed 002 (docs/model.md, Calibration)
        Assert.Equal(26, Value(p.FromSpellWeek));
        Benefit[] reached = [Benefit.Dagpenge, Benefit.Kontanthjaelp, Benefit.Overgangsydelse, Benefit.Uddannelseshjaelp, Benefit.Jobafklaring, Benefit.Ressourceforloeb, Benefit.Revalidering, Benefit.Ledighedsydelse];
        foreach (var benefit in Enum.GetValues<Benefit>())
        {
            foreach (var employed in new[] { false, true })
            {
                Assert.Equal(reached.Contains(benefit) && !employed, Model.Holds(p.Condition, Person(benefit, Readiness.Jobparat, employed: employed)));
            }
        }
    }

    [Fact]
    public void The_meeting_effect_acts_on_the_cohorts_close_to_the_labour_market()
    {
        var e = Assert.Single(Info.Effects);
        Assert.Equal(EventKind.Meeting, e.After);
        Assert.True(Value(e.Multiplier) > 1);
        Assert.True(Value(e.Weeks) >= 1);
        Benefit[] close = [Benefit.Dagpenge, Benefit.Kontanthjaelp, Benefit.Overgangsydelse, Benefit.Uddannelseshjaelp, Benefit.Selvforsoergende];
        foreach (var cohort in Info.Cohorts)
        {
            var (benefit, readiness) = KeyOf(cohort);
            Assert.Equal(close.Contains(benefit) && readiness is Readiness.Jobparat or Readiness.Uddannelsesparat, Model.Holds(e.Condition, Person(benefit, readiness)));
        }
    }

    [Fact]
    public void Costs_are_the_laws_hourly_rate_derived_from_seed_002_and_the_models_hours_per_fte()
    {
        Assert.Equal(1628, Value(Info.Costs.HoursPerFte));
        // 1.8 bn DKK / 2.4 M interviews / 1.875 hours an interview (Lab2019.rules).
        Assert.Equal(400, Law(Info.Costs.HourlyDkk, "Kontaktforloeb2024", Year2024));
    }

    [Fact]
    public void The_calibration_targets_are_seed_002s_under_the_calibration_regime_and_year_on_metrics_the_simulator_reports()
    {
        Assert.Equal(
            [("interviews", 2_400_000.0, 0.10), ("interviews.dkk", 1_800_000_000.0, 0.10), ("case.years", 640_300.0, 0.15)],
            Info.Targets.Select(t => (t.Metric, t.Value, t.Tolerance)));
        Assert.All(Info.Targets, t => Assert.Equal(("Kontaktforloeb2024", Year2024, 52), (t.Regime, t.Start, t.Weeks)));
        Assert.All(Info.Targets, t => Assert.True(MetricCatalogue.TryParse(t.Metric, out _), t.Metric));
    }

    [Fact]
    public void The_name_tables_have_25_names_each()
    {
        Assert.Equal((25, 25, 25), (Info.Names.Female.Count, Info.Names.Male.Count, Info.Names.Family.Count));
        Assert.Contains("Nielsen", Info.Names.Family);
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
            Assert.Equal("Danmark2023.rules", v.Location.Path);
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
    private static (Benefit, Readiness) Destination(TransitionBranch branch, Citizen person)
    {
        var d = branch.Destinations.First(x => x.Condition < 0 || Model.Holds(x.Condition, person));
        return ((Benefit)d.Set.Single(s => s.Slot == Slot("benefit")).Value, (Readiness)d.Set.Single(s => s.Slot == Slot("readiness")).Value);
    }
}
