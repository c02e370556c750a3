using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Results;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Engine;

/// <summary>
/// Distinct persons on populations whose persons can be counted by hand: one cohort whose weekly
/// exit hazard is 0 (everyone stays the whole horizon, the stock's elapsed spells at the ten-year
/// cap, so the stock is long-term from the first week) or 1 (every spell is one week: the stock's
/// and the inflow's alike start in the horizon and end after their first week).
/// </summary>
public sealed class PersonsTests
{
    private const int N = 1500;

    private static SimulationOptions Run(double hazard, string benefit, int weeks = 20, int threads = 2) =>
        Options.Small(N, replications: 1, weeks, seed: 11, model: OneCohortModel.Create(hazard, benefit: benefit)) with { MaxDegreeOfParallelism = threads };

    [Fact]
    public void Everyone_who_stays_the_whole_horizon_is_one_person_and_long_term()
    {
        var arm = Simulator.Run([Arm.Of(new ToyRegime())], Run(hazard: 0, "Dagpenge", weeks: 30)).Arms[0];
        // The stock is long-term from the first week; the few who enter in the horizon (the cohort's
        // table keeps a small inflow) are not, as 30 weeks are less than 12 months.
        var entries = arm.Find(MetricCatalogue.Entries)!.Mean;
        Assert.InRange(entries, 1, N / 100);
        Assert.Equal(N, arm.Find(MetricCatalogue.Persons)!.Mean);
        Assert.Equal(N - entries, arm.Find(MetricCatalogue.PersonsLongTerm)!.Mean);
        Assert.Equal((N - entries) / N, arm.Find(MetricCatalogue.PersonsLongTermShare)!.Mean, 12);
        Assert.Equal(N - entries, arm.Find(MetricCatalogue.PersonsLongTerm, "Dagpenge")!.Mean);
        Assert.Equal(0, arm.Find(MetricCatalogue.PersonsLongTerm, "Kontant")!.Mean);
    }

    [Fact]
    public void One_week_spells_give_every_drawn_person_once_and_nobody_long_term()
    {
        var arm = Simulator.Run([Arm.Of(new ToyRegime())], Run(hazard: 1, "Dagpenge")).Arms[0];
        Assert.Equal(N, arm.Find(MetricCatalogue.Persons)!.Mean);
        Assert.Equal(N, arm.Find(MetricCatalogue.Cases)!.Mean);
        Assert.Equal(N, arm.Find(MetricCatalogue.Exits)!.Mean);
        Assert.Equal(0, arm.Find(MetricCatalogue.PersonsLongTerm)!.Mean);
        Assert.Equal(0, arm.Find(MetricCatalogue.PersonsLongTermShare)!.Mean);
        // The toy law's first interview is in spell week 0, so everyone met a requirement.
        Assert.Equal(N, arm.Find(MetricCatalogue.PersonsReached)!.Mean);
    }

    [Fact]
    public void A_reform_changes_the_course_of_exactly_those_it_treats_otherwise()
    {
        // Every spell is one week, with the toy law's interview in spell week 0 when it demands any.
        var options = Run(hazard: 1, "Dagpenge");
        var result = Simulator.Run([Arm.Of(new ToyRegime("Six", interviews: 6)), Arm.Of(new ToyRegime("None", interviews: 0)), Arm.Of(new ToyRegime("Three", interviews: 3))], options);
        Assert.Equal(0, result.Arms[0].Find(MetricCatalogue.PersonsChanged)!.Mean);
        // No interview at all: everyone's week differs.
        Assert.Equal(N, result.Arms[1].Find(MetricCatalogue.PersonsChanged)!.Mean);
        Assert.Equal(N, result.Comparisons[0].Find(MetricCatalogue.PersonsChanged, "Dagpenge")!.Delta);
        // Three interviews in 26 weeks instead of six: the first is still in week 0, and nobody stays
        // for the second, so nobody's course changes although the law did.
        Assert.Equal(0, result.Arms[2].Find(MetricCatalogue.PersonsChanged)!.Mean);
    }

    [Fact]
    public void A_regrouping_that_treats_nobody_otherwise_changes_nobody()
    {
        // Ledighedsydelse: the toy law's "Andre", no requirement; the other arm puts everyone outside.
        var result = Simulator.Run([Arm.Of(new ToyRegime("Toy")), Arm.Of(new ToyRegime("Outside", everyoneOutside: true))], Run(hazard: 0.05, "Ledighedsydelse"));
        Assert.Equal(0, result.Arms[1].Find(MetricCatalogue.PersonsChanged)!.Mean);
        Assert.Equal(result.Arms[0].Find(MetricCatalogue.Persons)!.Mean, result.Arms[1].Find(MetricCatalogue.Persons)!.Mean);
    }

    [Fact]
    public void Changed_persons_are_counted_in_their_baseline_group_and_are_the_same_at_any_thread_count()
    {
        // Sygedagpenge2025 against Hovedlov2027's regrouping, keyed by the baseline's groups.
        SimulationResult At(int threads) => Simulator.Run([Arm.Of(DanishLaw.Create("Sygedagpenge2025")), Arm.Of(DanishLaw.Create("Hovedlov2027"))],
            Options.Small(persons: 3000, replications: 2, weeks: 26) with { Start = new DateOnly(2027, 1, 4), GroupByBaseline = true, ByArea = false, MaxDegreeOfParallelism = threads });
        var one = At(1);
        var reform = one.Arms[1];
        var changed = reform.Find(MetricCatalogue.PersonsChanged)!.Mean;
        var persons = reform.Find(MetricCatalogue.Persons)!.Mean;
        Assert.InRange(changed, 1, persons - 1);
        Assert.Equal(0, one.Arms[0].Find(MetricCatalogue.PersonsChanged)!.Mean);
        // Every baseline group's changed persons are among its persons, and they add up to the total.
        var groups = reform.Groups.Where(g => g != SimulationResult.AreaLevel).ToList();
        foreach (var g in groups) Assert.InRange(reform.Find(MetricCatalogue.PersonsChanged, g)!.Mean, 0, reform.Find(MetricCatalogue.Persons, g)!.Mean);
        Assert.Equal(changed, groups.Sum(g => reform.Find(MetricCatalogue.PersonsChanged, g)!.Mean), 6);
        // The reform halves the sickness follow-up, so some of those on sygedagpenge in the baseline are treated otherwise.
        Assert.True(reform.Find(MetricCatalogue.PersonsChanged, "Sygedagpenge")!.Mean > 0);
        // The long-term persons: at most the persons, at most the long-term cases.
        var longTerm = reform.Find(MetricCatalogue.PersonsLongTerm)!.Mean;
        Assert.InRange(longTerm, 1, Math.Min(persons, reform.Find(MetricCatalogue.LongTermCases)!.Mean));

        var two = At(2);
        foreach (var metric in new[] { MetricCatalogue.PersonsChanged, MetricCatalogue.PersonsLongTerm, MetricCatalogue.Persons })
        {
            foreach (var g in groups) Assert.Equal(reform.Find(metric, g)!.Mean, two.Arms[1].Find(metric, g)!.Mean);
        }
    }
}
