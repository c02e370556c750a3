using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Results;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Engine;

/// <summary>
/// Results keyed by the baseline's groups (<see cref="SimulationOptions.GroupByBaseline"/>): after
/// Hovedlov2027's regrouping (13 groups to 5) every baseline group has a value in the reform and a
/// delta, the totals are those of the arms' own grouping, and the law still acts on its own groups.
/// </summary>
public sealed class CrosswalkTests
{
    private static SimulationResult Run(bool crosswalk) =>
        Simulator.Run([Arm.Of(DanishLaw.Create("Sygedagpenge2025")), Arm.Of(DanishLaw.Create("Hovedlov2027"))],
            Options.Small(persons: 4000, replications: 2, weeks: 26) with { Start = new DateOnly(2027, 1, 4), GroupByBaseline = crosswalk, ByArea = false });

    [Fact]
    public void Every_baseline_group_has_a_delta_and_the_totals_do_not_change()
    {
        var own = Run(crosswalk: false);
        var crosswalk = Run(crosswalk: true);
        var baselineGroups = DanishLaw.Create("Sygedagpenge2025").Info.Groups.Select(g => g.Name).Append(SimulationResult.AreaLevel).ToList();
        Assert.Equal(baselineGroups, crosswalk.Arms[1].Groups);
        Assert.Contains("Jobhjaelp", own.Arms[1].Groups);

        foreach (var metric in new[] { MetricCatalogue.Interviews, MetricCatalogue.CaseworkerHours, MetricCatalogue.BenefitWeeks, MetricCatalogue.Persons })
        {
            Assert.True(Math.Abs(own.Comparisons[0].Find(metric)!.Delta - crosswalk.Comparisons[0].Find(metric)!.Delta) < 1e-6, $"{metric}: {own.Comparisons[0].Find(metric)!.Delta} vs {crosswalk.Comparisons[0].Find(metric)!.Delta}; reform {own.Arms[1].Find(metric)!.Mean} vs {crosswalk.Arms[1].Find(metric)!.Mean}");
            Assert.True(Math.Abs(own.Arms[0].Find(metric)!.Mean - crosswalk.Arms[0].Find(metric)!.Mean) < 1e-6, $"baseline {metric}: {own.Arms[0].Find(metric)!.Mean} vs {crosswalk.Arms[0].Find(metric)!.Mean}");
            // The groups add up to the total in the reform arm too.
            var sum = baselineGroups.Sum(g => crosswalk.Arms[1].Find(metric, g)!.Mean);
            Assert.True(Math.Abs(crosswalk.Arms[1].Find(metric)!.Mean - sum) < 1e-3, $"sum {metric}: {crosswalk.Arms[1].Find(metric)!.Mean} vs {sum}");
        }
        // Those activity-ready on kontanthjælp are there in the reform too, with a delta; more of
        // them, as the reform closes ressourceforløb to new cases and sends them to kontanthjælp
        // (the model's LukketTilgang), so weeks move between the baseline's groups, not in total.
        var weeks = crosswalk.Comparisons[0].Find(MetricCatalogue.BenefitWeeks, "AktivitetsparatKontant")!;
        Assert.True(weeks.BaselineMean > 0 && weeks.ReformMean > weeks.BaselineMean, $"{weeks.BaselineMean} → {weeks.ReformMean}");
        Assert.True(crosswalk.Comparisons[0].Find(MetricCatalogue.BenefitWeeks, "Ressourceforloeb")!.Delta < 0);
        Assert.True(crosswalk.Comparisons[0].Find(MetricCatalogue.Interviews, "Sygedagpenge")!.Delta < 0);
    }

    [Fact]
    public void Keyed_by_benefit_every_benefit_has_a_delta_across_the_regrouping_and_the_totals_do_not_change()
    {
        var own = Run(crosswalk: false);
        var byBenefit = Simulator.Run([Arm.Of(DanishLaw.Create("Sygedagpenge2025")), Arm.Of(DanishLaw.Create("Hovedlov2027"))],
            Options.Small(persons: 4000, replications: 2, weeks: 26) with { Start = new DateOnly(2027, 1, 4), GroupByFact = "benefit", ByArea = false });
        var benefits = DanishLaw.Create("Sygedagpenge2025").Info.Facts.Single(f => f.Name == "benefit").Members;
        Assert.Equal(benefits.Append(SimulationResult.AreaLevel), byBenefit.Arms[1].Groups);
        Assert.Equal(byBenefit.Arms[0].Groups, byBenefit.Arms[1].Groups);
        foreach (var metric in new[] { MetricCatalogue.Interviews, MetricCatalogue.BenefitWeeks, MetricCatalogue.Persons, MetricCatalogue.PersonsChanged })
        {
            Assert.True(Math.Abs(own.Comparisons[0].Find(metric)!.Delta - byBenefit.Comparisons[0].Find(metric)!.Delta) < 1e-6, $"{metric}");
            var sum = benefits.Sum(b => byBenefit.Arms[1].Find(metric, b)!.Mean);
            Assert.True(Math.Abs(byBenefit.Arms[1].Find(metric)!.Mean - sum) < 1e-3, $"sum {metric}");
        }
        // Sygedagpenge is a benefit in both arms, so the reform's halved follow-up shows as its delta,
        // and nobody on førtidspension (no rule reaches them) has their course changed.
        Assert.True(byBenefit.Comparisons[0].Find(MetricCatalogue.Interviews, "Sygedagpenge")!.Delta < 0);
        Assert.True(byBenefit.Arms[1].Find(MetricCatalogue.PersonsChanged, "Sygedagpenge")!.Mean > 0);
        Assert.Throws<InvalidOperationException>(() => Simulator.Run([Arm.Of(DanishLaw.Create("Sygedagpenge2025"))],
            Options.Small(persons: 100, replications: 1, weeks: 1) with { GroupByFact = "age" }));
    }

    [Fact]
    public void An_empty_reform_keyed_by_the_baseline_is_exactly_zero()
    {
        var result = Simulator.Run([Arm.Of(DanishLaw.Create("Lab2019"), "A"), Arm.Of(DanishLaw.Create("Lab2019"), "B")],
            Options.Small(persons: 2000, replications: 2, weeks: 13) with { Start = new DateOnly(2024, 1, 1), GroupByBaseline = true });
        Assert.All(result.Comparisons[0].Deltas, d => Assert.Equal(0.0, d.Delta));
    }
}
