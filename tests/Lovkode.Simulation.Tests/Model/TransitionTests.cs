using Lovkode.Runtime;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;
using Lovkode.Simulation.Tests.Support.Jobseeker;
using static Lovkode.Simulation.Tests.Support.Jobseeker.JobseekerDomain;

namespace Lovkode.Simulation.Tests.Model;

/// <summary>
/// The model's transitions as the engine applies them: when each acts (after cumulative weeks, at
/// a spell week, at entry), with what shares, to which facts and cohort, and that the legal part
/// comes from the regime in force.
/// </summary>
public sealed class TransitionTests
{
    private const int AllowanceEnds = 0, Reassessment = 1, TrainingGate = 2;

    private static Recording Run(JobseekerRegime regime, int persons = 6000, ulong seed = 5, IPopulationModel? model = null) =>
        EventRecorder.Run(regime, JobseekerModel.Options(persons, 1, 52, seed, model));

    [Fact]
    public void The_allowance_ends_after_the_laws_cumulative_weeks_and_sixty_percent_move_on()
    {
        var run = Run(new JobseekerRegime());
        var moves = run.Moves.Where(m => m.Transition == AllowanceEnds).ToList();
        var leaves = run.Exits.Where(e => e.Transition == AllowanceEnds).ToList();
        // In the first week the cumulative weeks have reached 26: the 26th week, or the first week
        // simulated (a stock person of the unbounded cohort already beyond it at week 0), or the
        // spell's first (back on the allowance after a stint on sickness benefit).
        Assert.All(moves.Select(m => (m.Week, m.SpellWeek, m.Cumulative)).Concat(leaves.Select(e => (e.Week, e.SpellWeek, e.Cumulative))),
            a => Assert.True(a.Cumulative == 25 || (a.Cumulative > 25 && (a.Week == 0 || a.SpellWeek == 0)), $"{a}"));
        var n = moves.Count + leaves.Count;
        Assert.True(n > 500, $"{n} persons reached the end of the allowance");
        Assert.True(SharesWithin(moves.Count, n, 0.6), $"{moves.Count} of {n} moved");
        // Under 25 to training, the others to sickness benefit; a new spell from the next week.
        Assert.All(moves, m => Assert.True(m.NewSpell));
        var cohorts = Lovkode.Simulation.Tests.Support.Jobseeker.JobseekerModel.Create().Info.Cohorts;
        Assert.All(moves, m => Assert.Equal(run.Persons[m.Person].Fact(Age) < 25 ? "TrainingReady" : "SicknessSupport", cohorts[m.Cohort].Name));
    }

    [Fact]
    public void The_sick_are_reassessed_in_the_laws_spell_week_only_and_half_go_back_to_searching()
    {
        var run = Run(new JobseekerRegime());
        var moves = run.Moves.Where(m => m.Transition == Reassessment).ToList();
        Assert.All(moves, m => Assert.Equal(12, m.SpellWeek));
        Assert.True(moves.Count > 100, $"{moves.Count} reassessed");
        Assert.All(moves, m => Assert.Equal("AllowanceSupport", JobseekerModel.Create().Info.Cohorts[m.Cohort].Name));
    }

    [Fact]
    public void Training_takes_new_claims_only_as_far_as_the_law_opens_it()
    {
        int Redirected(double open) => Run(new JobseekerRegime(trainingOpen: open)).Moves.Count(m => m.Transition == TrainingGate);
        var closed = Redirected(0);
        var half = Redirected(0.5);
        Assert.True(closed > 300, $"{closed} redirected when training is closed");
        Assert.Equal(0, Redirected(1));
        Assert.True(SharesWithin(half, closed, 0.5), $"{half} of {closed} redirected at 50%");
        Assert.All(Run(new JobseekerRegime(trainingOpen: 0)).Moves.Where(m => m.Transition == TrainingGate), m => Assert.False(m.NewSpell));
    }

    [Fact]
    public void A_reform_that_shortens_the_allowance_moves_people_sooner_with_the_same_persons()
    {
        var options = JobseekerModel.Options(persons: 6000, replications: 2);
        var result = Simulator.Run([Arm.Of(new JobseekerRegime("Long", allowanceWeeks: 26)), Arm.Of(new JobseekerRegime("Short", allowanceWeeks: 13))], options);
        var comparison = result.Comparisons[0];
        Assert.Equal(0, comparison.Find("entries")!.Delta);
        Assert.True(comparison.Find("spell.changes")!.Delta > 0);
        Assert.True(comparison.Find("benefit.weeks", "InTraining")!.Delta > 0);
        Assert.True(comparison.Find("benefit.weeks", "Searching")!.Delta < 0);
    }

    [Fact]
    public void A_law_value_dated_within_the_horizon_takes_effect_from_its_date()
    {
        // 52 weeks until 1 July 2025, 26 from then: nobody reaches 52 weeks before July; after it the 26th week ends the allowance.
        var july = new DateOnly(2025, 7, 1);
        var run = Run(new JobseekerRegime(allowanceWeeks: 26, allowanceFrom: july, allowanceBefore: 52));
        var start = new DateOnly(2025, 1, 6);
        var acted = run.Moves.Where(m => m.Transition == AllowanceEnds).Select(m => (m.Week, m.Cumulative)).Concat(run.Exits.Where(e => e.Transition == AllowanceEnds).Select(e => (e.Week, e.Cumulative))).ToList();
        Assert.NotEmpty(acted);
        Assert.All(acted, a => Assert.True(start.AddDays(7 * a.Week) >= july || a.Cumulative >= 51, $"week {a.Week}, cumulative {a.Cumulative}"));
        Assert.Contains(acted, a => start.AddDays(7 * a.Week) >= july && a.Cumulative >= 25);
    }

    [Fact]
    public void A_transition_acts_at_most_once_a_spell_even_when_it_lets_people_stay()
    {
        var model = JobseekerModel.Create();
        var info = model.Info;
        var staying = info with
        {
            Transitions = [info.Transitions[0] with { Branches = [info.Transitions[0].Branches[0], info.Transitions[0].Branches[1] with { Outcome = BranchOutcome.Stay }] }, .. info.Transitions.Skip(1)],
        };
        var run = Run(new JobseekerRegime(), model: model.WithInfo(staying));
        var stayed = run.Persons.Count(p => p.Cohort == 0) - run.Moves.Count(m => m.Transition == AllowanceEnds);
        Assert.True(stayed > 0);
        Assert.All(run.Moves.Where(m => m.Transition == AllowanceEnds).GroupBy(m => (m.Person, SpellStart: m.Week - m.SpellWeek)), g => Assert.Single(g));
        Assert.DoesNotContain(run.Exits, e => e.Transition == AllowanceEnds);
    }

    [Fact]
    public void The_branch_draw_is_common_to_every_regime_so_an_empty_reform_moves_the_same_persons()
    {
        var a = Run(new JobseekerRegime("A", reviewEvery: 2));
        var b = Run(new JobseekerRegime("B", reviewEvery: 6));
        Assert.Equal(a.Moves.Select(m => (m.Person, m.Week, m.Transition)), b.Moves.Select(m => (m.Person, m.Week, m.Transition)));
    }

    /// <summary>k of n within n·s ± (5σ + 1), σ = √(n·s·(1 − s)), as the quota properties bound a share.</summary>
    private static bool SharesWithin(int k, int n, double share) => Lovkode.Simulation.Tests.Quotas.QuotaProperties.Within(n - k, n, share);
}
