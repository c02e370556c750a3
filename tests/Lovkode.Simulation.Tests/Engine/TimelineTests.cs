using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Engine;

public sealed class TimelineTests
{
    private static readonly DateOnly Start = new(2025, 1, 6);

    [Fact]
    public void A_switch_after_the_horizon_is_the_old_regime_and_one_before_it_the_new()
    {
        var options = Options.Small(replications: 1) with { Start = Start };
        ToyRegime Old() => new("Gammel", interviews: 6);
        ToyRegime New() => new("Ny", interviews: 2, quotaShare: 0.5);
        var result = Simulator.Run(
        [
            Arm.Of(Old(), "Gammel"),
            Arm.Of(New(), "Ny"),
            Arm.Timeline("SkiftSent", new RegimePeriod(DateOnly.MinValue, Old()), new RegimePeriod(Start.AddYears(5), New())),
            Arm.Timeline("SkiftTidligt", new RegimePeriod(DateOnly.MinValue, Old()), new RegimePeriod(Start.AddDays(-1), New())),
        ], options);

        Assert.All(result.Comparisons[1].Deltas, d => Assert.Equal(0.0, d.Delta));
        var early = result.Arms[3];
        var pureNew = result.Arms[1];
        Assert.Equal(pureNew.Find("interviews")!.Mean, early.Find("interviews")!.Mean);
        Assert.Equal(pureNew.Find("quota.skipped")!.Mean, early.Find("quota.skipped")!.Mean);
    }

    [Fact]
    public void A_switch_inside_the_horizon_lands_between_the_two_regimes()
    {
        var options = Options.Small(replications: 1, weeks: 52) with { Start = Start };
        var result = Simulator.Run(
        [
            Arm.Of(new ToyRegime("Mange", interviews: 12)),
            Arm.Of(new ToyRegime("Faa", interviews: 2)),
            Arm.Timeline("Skift", new RegimePeriod(DateOnly.MinValue, new ToyRegime("Mange", interviews: 12)), new RegimePeriod(Start.AddDays(7 * 26), new ToyRegime("Faa", interviews: 2))),
        ], options);
        var many = result.Arms[0].Find("interviews")!.Mean;
        var few = result.Arms[1].Find("interviews")!.Mean;
        var both = result.Arms[2].Find("interviews")!.Mean;
        Assert.InRange(both, few + 1, many - 1);
        Assert.Equal(["Mange", "Faa"], result.Arms[2].Regimes);
    }

    [Fact]
    public void Periods_out_of_date_order_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Arm.Timeline("X", new RegimePeriod(Start, new ToyRegime()), new RegimePeriod(Start.AddDays(-7), new ToyRegime())));
    }
}
