using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Engine;

public sealed class PracticeContactTests
{
    [Fact]
    public void Without_practice_every_interview_is_required_by_a_rule()
    {
        var result = Simulator.Run([Arm.Of(new ToyRegime())], Options.Small(replications: 1) with { PracticeContact = false });
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
        var often = Simulator.Run([Arm.Of(new ToyRegime())], options with { Model = DanishModel.With(("Kontakt.interval", 4)) }).Total("interviews.practice");
        var rarely = Simulator.Run([Arm.Of(new ToyRegime())], options with { Model = DanishModel.With(("Kontakt.interval", 13)) }).Total("interviews.practice");
        Assert.True(often > 2 * rarely, $"{often} vs {rarely}");
    }

    [Fact]
    public void The_stock_starts_at_a_random_phase_so_week_zero_has_no_spike()
    {
        // Over 1 week the stock's practice interviews are about one in 7 (the interval) of those eligible, not all of them.
        var options = Options.Small(persons: 20_000, replications: 1, weeks: 1);
        var result = Simulator.Run([Arm.Of(new ToyRegime())], options);
        var practice = result.Arms[0].Find("interviews.practice", "Andre")!.Mean;
        var cases = result.Arms[0].Find("cases", "Andre")!.Mean;
        Assert.InRange(practice / cases, 0.01, 0.25);
    }

    [Fact]
    public void A_practice_interview_costs_what_the_regimes_interview_costs_so_a_reform_of_its_minutes_reaches_it()
    {
        // "Andre" has no requirement at all: every meeting there is practice contact.
        var options = Options.Small(persons: 5000, replications: 1, weeks: 52);
        var plain = new ToyRegime();
        var longer = new ToyRegime("Laengere");
        longer.Parameters.Override(ToyRegime.InterviewMinutes, 60);
        var result = Simulator.Run([Arm.Of(plain), Arm.Of(longer)], options);

        double MeetingHoursPerInterview(int arm) =>
            result.Arms[arm].Find("caseworker.hours.meeting", "Andre")!.Mean / result.Arms[arm].Find("interviews.practice", "Andre")!.Mean;
        Assert.True(result.Arms[0].Find("interviews.practice", "Andre")!.Mean > 100);
        Assert.Equal(37.5 / 60, MeetingHoursPerInterview(0), 9);
        Assert.Equal(60.0 / 60, MeetingHoursPerInterview(1), 9);
        // Practice is booked on the requirement's actor and channel, or the channel the model's
        // channel choice gives it (the Danish model's KanalJobsamtale covers the toy's Jobsamtale).
        var arm0 = result.Arms[0];
        Assert.Equal(arm0.Find("interviews.practice", "Andre")!.Mean,
            arm0.Find("interviews.channel.Fremmoede", "Andre")!.Mean + arm0.Find("interviews.channel.TelefonVideo", "Andre")!.Mean);
    }

    [Fact]
    public void Practice_is_booked_on_the_actor_and_channel_of_the_requirement_it_is_costed_as()
    {
        var options = Options.Small(persons: 3000, replications: 1, weeks: 52, model: DanishModel.PracticeCostedAs("Opfoelgning"));
        var arm = Simulator.Run([Arm.Of(new ToyRegime())], options).Arms[0];
        var practice = arm.Find("interviews.practice", "Andre")!.Mean;
        Assert.True(practice > 0);
        Assert.Equal(practice, arm.Find("interviews.channel.TelefonVideo", "Andre")!.Mean);
        Assert.Equal(0, arm.Find("interviews.channel.Fremmoede", "Andre")!.Mean);
    }

    [Theory]
    [InlineData("Ingenting", "regime 'Toy' has no requirement 'Ingenting' to cost practice Kontakt as")]
    [InlineData("Cv", "which is a task in regime 'Toy', not a meeting")]
    public void A_regime_without_the_interview_requirement_fails_before_the_run_at_the_models_line(string requirement, string expected)
    {
        var options = Options.Small(persons: 100, replications: 1, model: DanishModel.PracticeCostedAs(requirement));
        var e = Assert.Throws<InvalidOperationException>(() => Simulator.Run([Arm.Of(new ToyRegime())], options));
        Assert.Contains(expected, e.Message);
        Assert.Matches(@"^Danmark2023\.rules:\d+:\d+: model 'Danmark2023': ", e.Message);
        // Off, the requirement is never looked up.
        Simulator.Run([Arm.Of(new ToyRegime())], options with { PracticeContact = false });
    }

    [Fact]
    public void Every_Danish_regime_has_the_interview_the_Danish_practice_is_costed_as_and_it_costs_as_seed_002_says()
    {
        foreach (var name in Lovkode.Law.Regimes.Names)
        {
            var regime = DanishLaw.Create(name);
            var r = regime.Info.Requirements.Single(x => x.Name == DanishModel.Create().Info.Practices.Single().Requirement);
            Assert.Equal(Runtime.EventKind.Meeting, r.Kind);
            Assert.Equal("Jobcenter", regime.Info.Actors[r.Actor]);
            Assert.Equal("Fremmoede", regime.Info.Channels[r.Channel]);
            for (var g = 0; g < regime.Info.Groups.Count; g++)
            {
                // 3 × 37.5 caseworker minutes and 90 citizen minutes (Lab2019.rules, seed 002, docs/law.md A1).
                var cost = regime.Cost(r.Index, g, new DateOnly(2027, 1, 4).DayNumber);
                Assert.Equal(new Runtime.EventCost(37.5, 37.5, 37.5, 0, 90, 0), cost);
            }
        }
    }
}
