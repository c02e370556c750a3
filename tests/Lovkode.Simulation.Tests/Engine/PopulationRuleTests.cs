using Lovkode.Simulation.Results;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Engine;

public sealed class PopulationRuleTests
{
    [Fact]
    public void A_quota_skips_the_share_of_persons_above_it()
    {
        var result = Simulator.Run([Arm.Of(new ToyRegime("Alle")), Arm.Of(new ToyRegime("Kvote", quotaShare: 0.75))], Options.Small(persons: 8000, replications: 2));
        var all = result.Arms[0].Find("interviews.required", "Dagpenge")!.Mean;
        var quota = result.Arms[1].Find("interviews.required", "Dagpenge")!.Mean;
        Assert.InRange(quota / all, 0.70, 0.80);
        Assert.Equal(all - quota, result.Arms[1].Find("quota.skipped", "Dagpenge")!.Mean, 6);
        // The quota is on Dagpenge only.
        Assert.Equal(result.Arms[0].Find("interviews", "Kontant")!.Mean, result.Arms[1].Find("interviews", "Kontant")!.Mean);
    }

    [Fact]
    public void A_higher_quota_share_never_skips_more()
    {
        var arms = new[] { 0.2, 0.5, 0.9 }.Select(s => Arm.Of(new ToyRegime($"K{s}", quotaShare: s))).ToArray();
        var result = Simulator.Run(arms, Options.Small(replications: 1));
        var skipped = result.Arms.Select(a => a.Find("quota.skipped")!.Mean).ToArray();
        Assert.True(skipped[0] >= skipped[1] && skipped[1] >= skipped[2], string.Join(", ", skipped));
    }

    [Fact]
    public void Supervision_books_its_yearly_cost_per_municipality_while_under_it()
    {
        // Kontant cases get an offer every 26 weeks and the window is 20 weeks, so about 77% are
        // covered: below 99% every municipality with such cases is under supervision.
        var result = Simulator.Run([Arm.Of(new ToyRegime("Tilsyn", supervisionThreshold: 0.99)), Arm.Of(new ToyRegime("Intet", supervisionThreshold: 0))],
            Options.Small(persons: 20_000, replications: 1, weeks: 52));
        var under = result.Arms[0];
        var years = under.Find("supervision.municipality.years")!.Mean;
        // Small municipalities have few such cases, so some weeks they happen to pass.
        Assert.InRange(years, 50, 98);
        // 6,000 minutes and 52,000 DKK a year per municipality, not scaled with the sample.
        Assert.Equal(years * 100, under.Find("caseworker.hours.supervision")!.Mean, tolerance: 0.05); // fixed point: 1/1024 minute a week
        Assert.Equal(years * 52_000, under.Find("supervision.dkk")!.Mean, tolerance: 0.1);
        Assert.Equal(under.Find("caseworker.hours.supervision")!.Mean, under.Find("caseworker.hours", SimulationResult.AreaLevel)!.Mean, 6);
        Assert.Equal(0, result.Arms[1].Find("supervision.municipality.years")!.Mean);
    }

    [Fact]
    public void Supervision_measures_only_groups_an_offer_rule_reaches()
    {
        // At 50% the Kontant cases (about 77% covered) pass; were the "Andre" cases, which no
        // offer rule reaches, counted too, the share would fall far below.
        // (Only the smallest municipalities, with one or two such cases, sometimes fall below.)
        var result = Simulator.Run([Arm.Of(new ToyRegime("Halv", supervisionThreshold: 0.5))], Options.Small(persons: 20_000, replications: 1, weeks: 52));
        Assert.InRange(result.Arms[0].Find("supervision.municipality.years")!.Mean, 0, 15);
    }
}
