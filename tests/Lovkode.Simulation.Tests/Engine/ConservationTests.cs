using Lovkode.Simulation.Results;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Engine;

public sealed class ConservationTests
{
    private static readonly SimulationResult Result = Simulator.Run(
        [Arm.Of(new ToyRegime("A", supervisionThreshold: 0.95)), Arm.Of(new ToyRegime("B", interviews: 3, quotaShare: 0.5))],
        Options.Small(replications: 2));

    [Theory]
    [InlineData("benefit.weeks")]
    [InlineData("interviews")]
    [InlineData("caseworker.hours")]
    [InlineData("exits")]
    [InlineData("cases")]
    public void Groups_add_up_to_the_total(string metric)
    {
        foreach (var arm in Result.Arms)
        {
            var total = arm.Find(metric)!.Mean;
            var byGroup = arm.Groups.Sum(g => arm.Find(metric, g)!.Mean);
            Assert.Equal(total, byGroup, 6);
        }
    }

    [Theory]
    [InlineData("benefit.weeks")]
    [InlineData("interviews")]
    [InlineData("total.dkk")]
    public void Municipalities_add_up_to_the_total(string metric)
    {
        foreach (var arm in Result.Arms)
        {
            var total = arm.Find(metric)!.Mean;
            var byMunicipality = TestDomain.Municipalities.Sum(m => arm.Find(metric, SimulationResult.All, m)!.Mean);
            Assert.Equal(total, byMunicipality, 6);
        }
    }

    [Fact]
    public void Person_weeks_are_bounded_by_persons_times_weeks_and_every_person_has_a_case()
    {
        var options = Options.Small(replications: 2);
        var arm = Result.Arms[0];
        Assert.InRange(arm.Find("benefit.weeks")!.Mean, 0.3 * options.Persons * options.Weeks, options.Persons * options.Weeks);
        // Each person has at least one case; a change of benefit may open a second.
        Assert.InRange(arm.Find("cases")!.Mean, options.Persons, options.Persons + arm.Find("spell.changes")!.Mean + 1);
    }

    [Fact]
    public void Caseworker_hours_add_up_over_activities()
    {
        foreach (var arm in Result.Arms)
        {
            var parts = new[] { "meeting", "preparation", "followup", "documentation", "supervision" }.Sum(a => arm.Find($"caseworker.hours.{a}")!.Mean);
            Assert.Equal(arm.Find("caseworker.hours")!.Mean, parts, 6);
            // The Danish model costs an hour at the law's SagsbehandlerTimepris: 400 DKK in the toy regime as in Lab2019.
            Assert.Equal(arm.Find("caseworker.hours")!.Mean * 400, arm.Find("caseworker.dkk")!.Mean, 3);
        }
    }

    [Fact]
    public void Interviews_by_actor_and_by_channel_each_add_up_to_interviews()
    {
        var arm = Result.Arms[0];
        var interviews = arm.Find("interviews")!.Mean;
        Assert.Equal(interviews, Support.TestDomain.Actors.Sum(a => arm.Find($"interviews.actor.{a}")!.Mean), 6);
        Assert.Equal(interviews, Support.TestDomain.Channels.Sum(c => arm.Find($"interviews.channel.{c}")!.Mean), 6);
    }

    [Fact]
    public void Outside_groups_get_no_events()
    {
        var result = Simulator.Run([Arm.Of(new ToyRegime("Ude", everyoneOutside: true))], Options.Small(replications: 1));
        var arm = result.Arms[0];
        Assert.Equal(0, arm.Find("events")!.Mean);
        Assert.True(arm.Find("benefit.weeks", "Udenfor")!.Mean > 0);
    }

    [Fact]
    public void Distinct_rules_per_case_stay_within_the_rules_of_the_group()
    {
        var arm = Result.Arms[0];
        // Dagpenge: interview and CV only; Kontant: interview and offer; Andre: nothing.
        Assert.InRange(arm.Find("burden.rules.per.case", "Dagpenge")!.Mean, 0.5, 2);
        Assert.Equal(0, arm.Find("burden.rules.per.case", "Andre")!.Mean);
    }
}
