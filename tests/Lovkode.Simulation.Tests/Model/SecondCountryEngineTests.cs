using Lovkode.Runtime;
using Lovkode.Simulation.Calibration;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;
using Lovkode.Simulation.Tests.Support.Jobseeker;

namespace Lovkode.Simulation.Tests.Model;

/// <summary>
/// What a second country's model asked of the engine (scenarios/examples/finland), beyond
/// SecondCountryTests: a move within the spell keeps the law's schedules and is counted apart,
/// a run names its currency, and a target on a fall is off by its size.
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
    public void A_target_on_a_fall_is_off_by_its_size_whichever_way_the_model_misses_it()
    {
        var target = JobseekerModel.Create().Info.Targets[0] with { Name = "Fewer", Value = -500, Tolerance = 0.5, Regime = "Monthly", Against = "Jobseeker" };
        // A larger fall than the figure is a negative difference, a smaller one positive, each relative to 500.
        Assert.Equal(-0.5, new CalibrationRow(target, -750, -800, -700).Difference, 9);
        Assert.Equal(0.2, new CalibrationRow(target, -400, -450, -350).Difference, 9);
        Assert.True(new CalibrationRow(target, -750, -800, -700).WithinTolerance);
        Assert.False(new CalibrationRow(target, -800, -850, -750).WithinTolerance);
    }
}
