using Lovkode.Simulation.Population;

namespace Lovkode.Simulation.Tests.Population;

public sealed class SynthesisTests
{
    private static readonly PersonSynthesizer Synthesizer = new(PopulationComposition.Denmark2023, 52);

    [Fact]
    public void A_person_is_a_function_of_seed_replication_and_id()
    {
        Assert.Equal(Synthesizer.Person(5, 0, 1234), Synthesizer.Person(5, 0, 1234));
        Assert.Equal(PersonNames.For(5, 1234), PersonNames.For(5, 1234));
        Assert.NotEqual(Synthesizer.Person(5, 0, 1234), Synthesizer.Person(5, 0, 1235));
        Assert.NotEqual(Synthesizer.Person(5, 0, 1234), Synthesizer.Person(6, 0, 1234));
    }

    [Fact]
    public void Danish_names_come_from_the_tables()
    {
        var names = Enumerable.Range(0, 300).Select(i => PersonNames.For(1, i)).ToList();
        Assert.All(names, n => Assert.Contains(n.FirstName, n.Female ? DanishNames.Women : DanishNames.Men));
        Assert.All(names, n => Assert.All(n.Surname.Split(' '), s => Assert.Contains(s, DanishNames.Surnames)));
        Assert.True(names.Select(n => n.ToString()).Distinct().Count() > 150);
    }

    [Fact]
    public void The_benefit_mix_follows_the_composition()
    {
        const int n = 100_000;
        var people = Enumerable.Range(0, n).Select(i => Synthesizer.Person(3, 0, i)).ToList();
        var composition = PopulationComposition.Denmark2023;
        var total = composition.DanishPersons(52);
        foreach (var benefit in composition.Cohorts.Select(c => c.Benefit).Distinct())
        {
            var expected = composition.Cohorts.Where(c => c.Benefit == benefit).Sum(c => c.Stock + (c.WeeklyInflow * 52)) / total;
            var actual = people.Count(p => p.Benefit == benefit) / (double)n;
            Assert.InRange(actual, expected - 0.006, expected + 0.006);
        }
        var stockShare = composition.Cohorts.Sum(c => c.Stock) / total;
        Assert.InRange(people.Count(p => p.IsStock) / (double)n, stockShare - 0.01, stockShare + 0.01);
    }

    [Fact]
    public void Municipalities_are_drawn_in_proportion_to_population()
    {
        const int n = 100_000;
        var people = Enumerable.Range(0, n).Select(i => Synthesizer.Person(4, 0, i)).ToList();
        var total = Municipalities.All.Sum(m => (double)m.Inhabitants);
        var copenhagen = Municipalities.IndexOf("Koebenhavn");
        var expected = Municipalities.All[copenhagen].Inhabitants / total;
        Assert.InRange(people.Count(p => p.Municipality == copenhagen) / (double)n, expected - 0.005, expected + 0.005);
        Assert.Equal(98, people.Select(p => p.Municipality).Distinct().Count());
    }

    [Fact]
    public void Attributes_respect_the_benefit_rules()
    {
        var people = Enumerable.Range(0, 50_000).Select(i => Synthesizer.Person(9, 0, i)).ToList();
        Assert.All(people.Where(p => p.Benefit == BenefitKind.Uddannelseshjaelp), p => Assert.True(p.Age < 30 && !p.Education));
        Assert.All(people.Where(p => p.Benefit == BenefitKind.Kontanthjaelp && p.Age < 30), p => Assert.True(p.Education));
        Assert.All(people.Where(p => p.Benefit != BenefitKind.Sygedagpenge), p => Assert.Equal(0, p.ExpectedAbsenceWeeks));
        Assert.All(people.Where(p => p.Benefit == BenefitKind.Dagpenge && p.IsStock), p => Assert.InRange(-p.EntryWeek, 1, 103));
        Assert.All(people.Where(p => !p.IsStock), p => Assert.InRange(p.EntryWeek, 0, 51));
        Assert.All(people, p => Assert.InRange(p.Age, 18, 67));
    }

    [Fact]
    public void The_composition_implies_about_1_2_million_Danes_a_year()
    {
        var persons = PopulationComposition.Denmark2023.DanishPersons(52);
        Assert.InRange(persons, 1.0e6, 1.5e6);
        Assert.Equal(640_300, PopulationComposition.Denmark2023.Cohorts.Sum(c => c.Stock));
    }

    [Fact]
    public void There_are_98_municipalities_with_about_six_million_inhabitants()
    {
        Assert.Equal(98, Municipalities.All.Count);
        Assert.Equal(98, Municipalities.All.Select(m => m.Name).Distinct().Count());
        Assert.InRange(Municipalities.All.Sum(m => (long)m.Inhabitants), 5_800_000, 6_100_000);
    }
}
