using Lovkode.Runtime;
using Lovkode.Simulation.Calibration;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;
using Lovkode.Simulation.Tests.Support.Jobseeker;

namespace Lovkode.Simulation.Tests.Model;

/// <summary>
/// What a second country's model asked of the engine (scenarios/examples/finland): a move that
/// keeps the spell, practice held under some regimes only and until a spell week, money in the
/// model's currency, and a calibration target on the change a reform makes.
/// </summary>
public sealed class SecondCountryEngineTests
{
    private const int Reassessment = 1;

    /// <summary>The job-seeker world with the reassessment of the sick (to searching, at spell week 12) keeping the spell.</summary>
    private static IPopulationModel KeepingSpell()
    {
        var model = JobseekerModel.Create();
        var info = model.Info;
        var reassessment = info.Transitions[Reassessment];
        var kept = reassessment with { Branches = [reassessment.Branches[0] with { KeepsSpell = true }, reassessment.Branches[1]] };
        return model.WithInfo(info with { Transitions = [info.Transitions[0], kept, info.Transitions[2]] });
    }

    [Fact]
    public void A_move_within_the_spell_changes_the_facts_but_the_spell_week_and_schedules_go_on()
    {
        var run = EventRecorder.Run(new JobseekerRegime(), JobseekerModel.Options(6000, 1, 52, 5, KeepingSpell()));
        var moves = run.Moves.Where(m => m.Transition == Reassessment).ToList();
        Assert.True(moves.Count > 100, $"{moves.Count} reassessed");
        Assert.All(moves, m => Assert.False(m.NewSpell));
        // After the move the person is searching (reviews every 2 weeks) in the same spell: spell
        // week 13 follows 12, and no plan (due in a new spell's week 0) is made.
        // (Until the person's next move: a searcher may reach the end of the allowance soon after.)
        int NextMove(ObservedMove m) => run.Moves.Where(n => n.Person == m.Person && n.Week > m.Week).Select(n => n.Week).DefaultIfEmpty(int.MaxValue).Min();
        var after = moves.SelectMany(m => run.Events.Where(e => e.Person == m.Person && e.Week > m.Week && e.Week <= Math.Min(m.Week + 6, NextMove(m))).Select(e => (Move: m, Event: e))).ToList();
        Assert.NotEmpty(after);
        Assert.All(after, x => Assert.Equal(x.Move.SpellWeek + (x.Event.Week - x.Move.Week), x.Event.SpellWeek));
        Assert.All(after, x => Assert.NotEqual(JobseekerRegime.Plan, x.Event.Requirement));
        Assert.Contains(after, x => x.Event.Requirement == JobseekerRegime.Review);

        var plain = EventRecorder.Run(new JobseekerRegime(), JobseekerModel.Options(6000, 1, 52, 5));
        var plainMoves = plain.Moves.Where(m => m.Transition == Reassessment).ToList();
        Assert.All(plainMoves, m => Assert.True(m.NewSpell));
        Assert.Contains(plainMoves, m => plain.Events.Any(e => e.Person == m.Person && e.Week == m.Week + 1 && e.SpellWeek == 0 && e.Requirement == JobseekerRegime.Plan));
    }

    [Fact]
    public void Moves_within_the_spell_are_counted_apart_from_new_spells()
    {
        var options = JobseekerModel.Options(4000, 2);
        var plain = Simulator.Run([Arm.Of(new JobseekerRegime())], options).Arms[0];
        var kept = Simulator.Run([Arm.Of(new JobseekerRegime())], options with { Model = KeepingSpell() }).Arms[0];
        Assert.Equal(0, plain.Find(MetricCatalogue.SpellMoves)!.Mean);
        Assert.True(kept.Find(MetricCatalogue.SpellMoves)!.Mean > 0);
        Assert.True(kept.Find(MetricCatalogue.SpellChanges)!.Mean < plain.Find(MetricCatalogue.SpellChanges)!.Mean);
    }

    /// <summary>
    /// The job-seeker world's coaching (an interview 3 weeks after the last, from spell week 8)
    /// held only under the regimes named, and until the law's reassessment week (13) when asked.
    /// </summary>
    private static IPopulationModel Coaching(IReadOnlyList<string> regimes, bool untilReassessment = false)
    {
        var model = JobseekerModel.Create();
        var info = model.Info;
        var coaching = info.Practices[0] with { Regimes = regimes, UntilSpellWeek = untilReassessment ? ModelOperand.FromLaw("ReassessWeek") : null };
        return model.WithInfo(info with { Practices = [coaching] });
    }

    /// <summary>Reviews every 6 weeks leave room for coaching (spell weeks 9, 15, 21, …).</summary>
    private static int Coached(JobseekerRegime regime, IPopulationModel model, Func<ObservedEvent, bool>? where = null) =>
        EventRecorder.Run(regime, JobseekerModel.Options(3000, 1, 52, 7, model)).Events.Count(e => e.Requirement < 0 && (where is null || where(e)));

    [Fact]
    public void Practice_under_a_regime_is_held_under_it_and_its_reforms_only()
    {
        var model = Coaching(["Enhanced"]);
        Assert.Equal(0, Coached(new JobseekerRegime("Jobseeker", reviewEvery: 6), model));
        var under = Coached(new JobseekerRegime("Enhanced", reviewEvery: 6), model);
        Assert.True(under > 100, $"{under} coaching interviews under Enhanced");
        Assert.Equal(under, Coached(new JobseekerRegime("EnhancedReform", reviewEvery: 6, lineage: ["Enhanced", "Jobseeker"]), model));
        Assert.Equal(under, Coached(new JobseekerRegime("Jobseeker", reviewEvery: 6), Coaching([])));
    }

    [Fact]
    public void Practice_until_a_week_stops_in_that_spell_week()
    {
        var regime = new JobseekerRegime(reviewEvery: 6);
        Assert.True(Coached(regime, Coaching([]), e => e.SpellWeek >= 13) > 100);
        Assert.Equal(0, Coached(regime, Coaching([], untilReassessment: true), e => e.SpellWeek >= 13));
        Assert.True(Coached(regime, Coaching([], untilReassessment: true)) > 100);
    }

    [Fact]
    public void Money_is_in_the_models_currency_and_in_kroner_without_one()
    {
        var options = JobseekerModel.Options(500, 1);
        var kroner = Simulator.Run([Arm.Of(new JobseekerRegime())], options);
        Assert.Equal("DKK", kroner.Currency);
        Assert.Equal("DKK", kroner.Metrics.Single(m => m.Id == MetricCatalogue.CaseworkerDkk).Unit);
        var model = JobseekerModel.Create();
        var euros = Simulator.Run([Arm.Of(new JobseekerRegime())], options with { Model = model.WithInfo(model.Info with { Currency = "EUR" }) });
        Assert.Equal("EUR", euros.Currency);
        Assert.All(euros.Metrics.Where(m => m.Id == MetricCatalogue.CaseworkerDkk || m.Id == MetricCatalogue.TotalDkk || m.Id == MetricCatalogue.InterviewDkk), m => Assert.Equal("EUR", m.Unit));
        Assert.Equal("hours", euros.Metrics.Single(m => m.Id == MetricCatalogue.CaseworkerHours).Unit);
        Assert.Equal(MetricCatalogue.Money, MetricCatalogue.Fixed.Single(m => m.Id == MetricCatalogue.CaseworkerDkk).Unit);
    }

    [Fact]
    public void A_target_on_a_difference_runs_both_regimes_on_the_same_persons_and_compares_the_change()
    {
        var model = JobseekerModel.Create();
        var change = model.Info.Targets[0] with { Name = "Shorter", Metric = "spell.changes", Value = 500, Tolerance = 0.5, Regime = "Short", Against = "Jobseeker" };
        var withChange = model.WithInfo(model.Info with { Targets = [.. model.Info.Targets, change] });
        IRegime? Regimes(string name) => name switch
        {
            "Jobseeker" => new JobseekerRegime(),
            "Short" => new JobseekerRegime("Short", allowanceWeeks: 13),
            _ => null,
        };
        var options = CalibrationRun.DefaultOptions(withChange) with { Persons = 3000, Replications = 2 };
        var rows = CalibrationRun.Run(withChange, Regimes, options);
        var row = rows.Single(r => r.Target.Name == "Shorter");
        var direct = Simulator.Run([Arm.Of(new JobseekerRegime()), Arm.Of(new JobseekerRegime("Short", allowanceWeeks: 13))], options with { Start = change.Start, Weeks = change.Weeks })
            .Comparisons[0].Find(MetricCatalogue.SpellChanges)!;
        Assert.Equal(direct.Delta, row.Model);
        Assert.Equal((direct.Lower, direct.Upper), (row.Lower, row.Upper));
        Assert.True(row.Model > 0);
        Assert.Contains("| Shorter | spell.changes | Short − Jobseeker, 52 weeks from 2025-01-06 |", CalibrationRun.ToMarkdown(rows));

        var falling = change with { Value = -500 };
        var fallingRow = new CalibrationRow(falling, -750, -800, -700);
        Assert.Equal(-0.5, fallingRow.Difference, 9);
        Assert.True(fallingRow.WithinTolerance);
        var missing = model.WithInfo(model.Info with { Targets = [change with { Against = "Nowhere" }] });
        var e = Assert.Throws<InvalidOperationException>(() => CalibrationRun.Run(missing, Regimes, options));
        Assert.EndsWith("target Shorter is measured against regime 'Nowhere', which does not exist.", e.Message);
    }
}
