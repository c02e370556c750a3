using Lovkode.Runtime;
using Lovkode.Simulation.Calibration;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;
using Lovkode.Simulation.Tests.Support.Jobseeker;

namespace Lovkode.Simulation.Tests.Model;

/// <summary>
/// What a law other than the Danish one asks of the engine (the Finnish example's model
/// language): a move that keeps the spell, practice held only under some regimes (and their
/// reforms) and only until a spell week, a calibration target on a reform's change, and money in
/// the model's currency. On the job-seeker world, with its static data changed per test.
/// </summary>
public sealed class SecondCountryTests
{
    private const int AllowanceEnds = 0;

    private static IPopulationModel With(Func<ModelInfo, ModelInfo> change)
    {
        var model = JobseekerModel.Create();
        return model.WithInfo(change(model.Info));
    }

    private static IPopulationModel PracticeWith(Func<PracticeInfo, PracticeInfo> change) =>
        With(info => info with { Practices = [change(info.Practices[0])] });

    private static Recording Run(IRegime regime, IPopulationModel model, int persons = 4000) =>
        EventRecorder.Run(regime, JobseekerModel.Options(persons, 1, 52, 5, model));

    [Fact]
    public void A_move_within_the_spell_changes_the_cohort_but_not_the_spell_week()
    {
        var keeping = With(info => info with
        {
            Transitions = [info.Transitions[0] with { Branches = [info.Transitions[0].Branches[0] with { KeepsSpell = true }, info.Transitions[0].Branches[1]] }, .. info.Transitions.Skip(1)],
        });
        var run = Run(new JobseekerRegime(), keeping);
        var moves = run.Moves.Where(m => m.Transition == AllowanceEnds).ToList();
        Assert.True(moves.Count > 200, $"{moves.Count} moves");
        Assert.All(moves, m => Assert.False(m.NewSpell));
        var cohorts = keeping.Info.Cohorts;
        Assert.All(moves, m => Assert.Contains(cohorts[m.Cohort].Name, new[] { "TrainingReady", "SicknessSupport" }));
        // Every event after the move is in the same spell: its spell week runs on from the move's.
        var after = moves.Where(m => run.Moves.Count(x => x.Person == m.Person) == 1).SelectMany(m => run.Events.Where(e => e.Person == m.Person && e.Week > m.Week).Select(e => (Move: m, Event: e))).ToList();
        Assert.NotEmpty(after);
        Assert.All(after, x => Assert.Equal(x.Move.SpellWeek + (x.Event.Week - x.Move.Week), x.Event.SpellWeek));

        // As the Danish law has it, a move starts a new spell: spell week 0 the week after.
        var renewed = Run(new JobseekerRegime(), JobseekerModel.Create());
        var newSpells = renewed.Moves.Where(m => m.Transition == AllowanceEnds && renewed.Moves.Count(x => x.Person == m.Person) == 1)
            .SelectMany(m => renewed.Events.Where(e => e.Person == m.Person && e.Week > m.Week).Select(e => (Move: m, Event: e))).ToList();
        Assert.NotEmpty(newSpells);
        Assert.All(newSpells, x => Assert.True(x.Move.NewSpell));
        Assert.All(newSpells, x => Assert.Equal(x.Event.Week - (x.Move.Week + 1), x.Event.SpellWeek));
    }

    [Fact]
    public void Practice_under_a_regime_is_held_there_and_under_its_reforms_only()
    {
        int Practice(IRegime regime, IPopulationModel model) => Run(regime, model, 2000).Events.Count(e => e.Requirement == -1);
        var everywhere = Practice(new JobseekerRegime(reviewEvery: 8), JobseekerModel.Create());
        Assert.True(everywhere > 100, $"{everywhere} practice interviews");
        Assert.Equal(everywhere, Practice(new JobseekerRegime(reviewEvery: 8), PracticeWith(p => p with { Regimes = ["Jobseeker"] })));
        Assert.Equal(0, Practice(new JobseekerRegime(reviewEvery: 8), PracticeWith(p => p with { Regimes = ["SomeReform"] })));
        var reform = new RenamedRegime(new JobseekerRegime(reviewEvery: 8), "SomeReform2", ["SomeReform", "Jobseeker"]);
        Assert.Equal(everywhere, Practice(reform, PracticeWith(p => p with { Regimes = ["SomeReform"] })));
    }

    [Fact]
    public void A_practice_not_held_under_a_regime_needs_no_requirement_there()
    {
        // Costed as a requirement the regime does not have: an error where it is held, nothing where it is not.
        var model = PracticeWith(p => p with { Requirement = "Nowhere" });
        Assert.Throws<InvalidOperationException>(() => Simulator.Run([Arm.Of(new JobseekerRegime())], JobseekerModel.Options(500, 1, model: model)));
        var elsewhere = PracticeWith(p => p with { Requirement = "Nowhere", Regimes = ["OtherLaw"] });
        Assert.Equal(0, Simulator.Run([Arm.Of(new JobseekerRegime())], JobseekerModel.Options(500, 1, model: elsewhere)).Total("interviews.practice"));
    }

    [Fact]
    public void Practice_until_a_spell_week_stops_there()
    {
        // Coaching from spell week 8 until the law's reassessment week (13).
        var model = PracticeWith(p => p with { UntilSpellWeek = ModelOperand.FromLaw("ReassessWeek") });
        var practice = Run(new JobseekerRegime(reviewEvery: 8), model).Events.Where(e => e.Requirement == -1).ToList();
        Assert.True(practice.Count > 50, $"{practice.Count} practice interviews");
        Assert.All(practice, e => Assert.InRange(e.SpellWeek, 8, 12));
        Assert.Contains(Run(new JobseekerRegime(reviewEvery: 8), JobseekerModel.Create()).Events, e => e.Requirement == -1 && e.SpellWeek >= 13);
    }

    [Fact]
    public void A_target_on_a_change_is_the_paired_difference_of_the_two_regimes()
    {
        var model = JobseekerModel.Create();
        var target = model.Info.Targets[0] with { Name = "Fewer", Regime = "Monthly", Against = "Jobseeker", Value = -50_000, Tolerance = 0.9 };
        var changed = model.WithInfo(model.Info with { Targets = [target] });
        IRegime? Regimes(string name) => name switch { "Jobseeker" => new JobseekerRegime(), "Monthly" => new JobseekerRegime("Monthly", reviewEvery: 4), _ => null };
        var options = CalibrationRun.DefaultOptions(changed) with { Persons = 2000, Replications = 2 };
        var row = Assert.Single(CalibrationRun.Run(changed, Regimes, options));
        var direct = Simulator.Run([Arm.Of(new JobseekerRegime(), "against"), Arm.Of(new JobseekerRegime("Monthly", reviewEvery: 4), "under")],
            options with { Start = target.Start, Weeks = target.Weeks }).Comparisons[0].Find("interviews")!;
        Assert.Equal(direct.Delta, row.Model);
        Assert.True(row.Model < 0, $"{row.Model}");
        Assert.Contains("| Fewer | interviews (change) | Monthly against Jobseeker, 52 weeks from 2025-01-06 |", CalibrationRun.ToMarkdown([row]));
        var missing = changed.WithInfo(changed.Info with { Targets = [target with { Against = "Gone" }] });
        var e = Assert.Throws<InvalidOperationException>(() => CalibrationRun.Run(missing, Regimes, options));
        Assert.Contains("target Fewer is measured against regime 'Gone', which does not exist.", e.Message);
    }

    [Fact]
    public void Money_is_reported_in_the_models_currency()
    {
        var euros = With(info => info with { Currency = "EUR" });
        var result = Simulator.Run([Arm.Of(new JobseekerRegime())], JobseekerModel.Options(500, 1, model: euros));
        Assert.Equal("EUR", result.Metrics.Single(m => m.Name == "caseworker.dkk").Unit);
        Assert.Equal("count", result.Metrics.Single(m => m.Name == "interviews").Unit);
        var kroner = Simulator.Run([Arm.Of(new JobseekerRegime())], JobseekerModel.Options(500, 1));
        Assert.Equal("DKK", kroner.Metrics.Single(m => m.Name == "total.dkk").Unit);
    }

    /// <summary>A regime under another name and lineage: a reform of the regimes it names, for <c>under</c>.</summary>
    private sealed class RenamedRegime(IRegime inner, string name, IReadOnlyList<string> lineage) : IRegime
    {
        public RegimeInfo Info { get; } = inner.Info with { Name = name, Lineage = lineage };

        public ParameterSet Parameters => inner.Parameters;

        public int MaxDuePerWeek => inner.MaxDuePerWeek;

        public int Classify(in Citizen citizen) => inner.Classify(in citizen);

        public int Schedule(in Citizen citizen, int group, in CaseWeek week, Span<DueEvent> due) => inner.Schedule(in citizen, group, in week, due);

        public EventCost Cost(int requirement, int group, int dayNumber) => inner.Cost(requirement, group, dayNumber);

        public void Explain(in Citizen citizen, in CaseWeek week, ICollection<TraceEntry> trace) => inner.Explain(in citizen, in week, trace);

        public TResult Accept<TResult>(IRegimeVisitor<TResult> visitor) => visitor.Visit(this);
    }
}
