using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Engine;

public sealed class LawParameterTests
{
    private static ToyRegime WithSeed002(double meetingMinutes) => new("Seed", extraParameters:
    [
        (LawParameters.InterviewCostPerYear, 1.8e9), (LawParameters.InterviewsPerYear, 2.4e6),
        (LawParameters.InterviewMeetingMinutes, meetingMinutes), (LawParameters.InterviewPreparationMinutes, 30), (LawParameters.InterviewFollowUpMinutes, 30),
    ]);

    [Fact]
    public void The_hourly_cost_is_derived_from_the_baseline_regimes_seed_002_parameters()
    {
        // 1.8 bn ÷ 2.4 M = 750 DKK an interview; 90 minutes = 1.5 h; 500 DKK an hour.
        var result = Simulator.Run([Arm.Of(WithSeed002(30))], Options.Small(replications: 1));
        Assert.Equal(500, result.HourlyDkk, 9);
        Assert.Equal(result.Total("caseworker.hours") * 500, result.Total("caseworker.dkk"), 3);
    }

    [Fact]
    public void An_override_of_the_minutes_changes_the_derived_rate_and_an_explicit_rate_wins()
    {
        var regime = WithSeed002(30);
        regime.Parameters.Override(regime.Parameters.IndexOf(LawParameters.InterviewMeetingMinutes), 60);
        Assert.Equal(750 / 2.0, Simulator.Run([Arm.Of(regime)], Options.Small(replications: 1)).HourlyDkk, 9);
        var explicitRate = Options.Small(replications: 1) with { Costs = new CostAssumptions(HourlyDkk: 321) };
        Assert.Equal(321, Simulator.Run([Arm.Of(regime)], explicitRate).HourlyDkk);
    }

    [Fact]
    public void Without_seed_002_parameters_the_rate_is_the_seed_derivation()
    {
        Assert.Equal(400, CostAssumptions.SeedHourlyDkk, 9);
        Assert.Equal(400, Simulator.Run([Arm.Of(new ToyRegime())], Options.Small(replications: 1)).HourlyDkk, 9);
    }

    [Fact]
    public void Closing_ressourceforloeb_to_new_cases_moves_the_inflow_to_cash_benefit()
    {
        var options = Options.Small(persons: 20_000, replications: 1, weeks: 52);
        var result = Simulator.Run(
        [
            Arm.Of(new ToyRegime("Aaben")),
            Arm.Of(new ToyRegime("Lukket", extraParameters: [(LawParameters.InflowShareClosedProgrammes, 0)])),
            Arm.Of(new ToyRegime("Fuld", extraParameters: [(LawParameters.InflowShareClosedProgrammes, 1)])),
        ], options);
        var closed = result.Comparisons[0];
        var moved = closed.Find("entries", "Kontant")!.Delta;
        Assert.True(moved > 0);
        Assert.Equal(-moved, closed.Find("entries", "Andre")!.Delta);
        Assert.Equal(0, closed.Find("entries")!.Delta);
        Assert.All(result.Comparisons[1].Deltas, d => Assert.Equal(0.0, d.Delta));
    }
}
