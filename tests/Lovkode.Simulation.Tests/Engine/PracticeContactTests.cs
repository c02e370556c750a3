using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Spells;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Engine;

public sealed class PracticeContactTests
{
    [Fact]
    public void Without_practice_every_interview_is_required_by_a_rule()
    {
        var result = Simulator.Run([Arm.Of(new ToyRegime())], Options.Small(replications: 1) with { Practice = PracticeContact.None });
        Assert.Equal(0, result.Total("interviews.practice"));
        Assert.Equal(result.Total("interviews"), result.Total("interviews.required"));
    }

    [Fact]
    public void Practice_interviews_go_to_long_cases_out_of_a_job_and_never_to_sickness_benefit()
    {
        var result = Simulator.Run([Arm.Of(new ToyRegime())], Options.Small(persons: 5000, replications: 1, weeks: 52));
        var arm = result.Arms[0];
        Assert.True(arm.Find("interviews.practice", "Kontant")!.Mean > 0);
        Assert.Equal(0, arm.Find("interviews.practice", "Syge")!.Mean);
        Assert.Equal(arm.Find("interviews")!.Mean, arm.Find("interviews.required")!.Mean + arm.Find("interviews.practice")!.Mean, 6);
    }

    [Fact]
    public void A_shorter_interval_means_more_practice_interviews()
    {
        var options = Options.Small(replications: 1, weeks: 52);
        var often = Simulator.Run([Arm.Of(new ToyRegime())], options with { Practice = PracticeContact.Default with { IntervalWeeks = 4 } }).Total("interviews.practice");
        var rarely = Simulator.Run([Arm.Of(new ToyRegime())], options with { Practice = PracticeContact.Default with { IntervalWeeks = 13 } }).Total("interviews.practice");
        Assert.True(often > 2 * rarely, $"{often} vs {rarely}");
    }

    [Fact]
    public void The_stock_starts_at_a_random_phase_so_week_zero_has_no_spike()
    {
        // Over 1 week the stock's practice interviews are about one in 7 of those eligible, not all of them.
        var options = Options.Small(persons: 20_000, replications: 1, weeks: 1);
        var result = Simulator.Run([Arm.Of(new ToyRegime())], options);
        var practice = result.Arms[0].Find("interviews.practice", "Andre")!.Mean;
        var cases = result.Arms[0].Find("cases", "Andre")!.Mean;
        Assert.InRange(practice / cases, 0.01, 0.25);
    }
}
