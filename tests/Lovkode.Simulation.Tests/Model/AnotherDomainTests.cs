using Lovkode.Simulation.Results;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;
using Lovkode.Simulation.Tests.Support.Jobseeker;
using Lovkode.Simulation.Tracing;

namespace Lovkode.Simulation.Tests.Model;

/// <summary>The engine runs a world it was never told about: the job-seeker domain and model, with no Danish fact, cohort or name anywhere.</summary>
public sealed class AnotherDomainTests
{
    private static readonly SimulationResult Result = Simulator.Run(
        [Arm.Of(new JobseekerRegime("Base")), Arm.Of(new JobseekerRegime("Monthly", reviewEvery: 4))], JobseekerModel.Options());

    [Fact]
    public void Results_are_split_by_the_models_area_and_the_regimes_groups()
    {
        Assert.Equal(["North", "Midlands", "South"], Result.Areas);
        var arm = Result.Arms[0];
        Assert.Equal(["Searching", "Sick", "InTraining", "NoClaim", SimulationResult.AreaLevel], arm.Groups);
        var total = arm.Find("benefit.weeks")!.Mean;
        Assert.Equal(total, Result.Areas.Sum(a => arm.Find("benefit.weeks", SimulationResult.All, a)!.Mean), 6);
        // The region table weighs North 5, Midlands 3, South 2.
        Assert.InRange(arm.Find("benefit.weeks", SimulationResult.All, "North")!.Mean / total, 0.45, 0.55);
    }

    [Fact]
    public void The_models_costs_and_the_domains_actors_and_channels_are_used()
    {
        Assert.Equal(300, Result.HourlyDkk);
        Assert.Equal(1500, Result.HoursPerFte);
        var arm = Result.Arms[0];
        Assert.Equal(arm.Find("interviews")!.Mean, arm.Find("interviews.actor.WorkCoach")!.Mean + arm.Find("interviews.actor.Provider")!.Mean, 6);
        Assert.Equal(arm.Find("interviews")!.Mean, arm.Find("interviews.channel.InPerson")!.Mean + arm.Find("interviews.channel.Phone")!.Mean, 6);
        Assert.True(arm.Find("interviews.practice", "Searching")!.Mean > 0);
        Assert.Equal(0, arm.Find("interviews.practice", "Sick")!.Mean);
    }

    [Fact]
    public void Fewer_reviews_mean_fewer_interviews_and_more_coaching_fills_the_gap()
    {
        var comparison = Result.Comparisons[0];
        Assert.True(comparison.Find("interviews.required")!.Delta < 0);
        Assert.True(comparison.Find("interviews.practice")!.Delta > 0);
        // Without effects the spells are the same in both arms.
        Assert.Equal(0, comparison.Find("benefit.weeks")!.Delta);
    }

    [Fact]
    public void A_trace_names_the_person_from_the_models_tables_and_shows_its_moves()
    {
        var options = JobseekerModel.Options(persons: 400, replications: 1);
        var arm = Arm.Of(new JobseekerRegime());
        var traces = Enumerable.Range(0, 400).Select(p => PersonTracer.Trace(arm, options, p)).ToList();
        Assert.All(traces, t => Assert.Contains(t.Name.Surname, new[] { "Smith", "Jones", "Brown" }));
        Assert.Contains(traces, t => t.Weeks.Any(w => w.Outcome is { } o && o.StartsWith("new spell: ", StringComparison.Ordinal) && o.Contains("(AllowanceEnds)", StringComparison.Ordinal)));
        Assert.Contains(traces, t => t.Weeks.Any(w => w.Outcome == "exit (AllowanceEnds)"));
        Assert.Contains(traces, t => t.Weeks.SelectMany(w => w.Events).Any(e => e.Requirement == "(Coaching)" && e.Citation == JobseekerDomain.Cite));
    }

    [Fact]
    public void The_same_seed_gives_the_same_results_at_any_thread_count()
    {
        var options = JobseekerModel.Options(persons: 5000) with { BehaviouralEffects = true };
        Arm[] Arms() => [Arm.Of(new JobseekerRegime("Base")), Arm.Of(new JobseekerRegime("Monthly", reviewEvery: 4, trainingOpen: 0.3))];
        ResultAsserts.Identical(Simulator.Run(Arms(), options with { MaxDegreeOfParallelism = 1 }), Simulator.Run(Arms(), options with { MaxDegreeOfParallelism = 3 }));
    }

    [Fact]
    public void A_regime_of_another_domain_than_the_models_is_refused_before_the_run()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Simulator.Run([Arm.Of(new ToyRegime())], JobseekerModel.Options()));
        Assert.Contains("Regime 'Toy' (domain 'Beskaeftigelse') declares other facts than model 'Jobseeker' (domain 'Jobseeker')", e.Message);
    }
}
