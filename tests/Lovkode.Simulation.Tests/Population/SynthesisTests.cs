using Lovkode.Simulation.Model;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Population;

/// <summary>The Danish model's persons as the synthesiser draws them: cohorts, facts and the rules between them.</summary>
public sealed class SynthesisTests
{
    private static readonly ModelPlan Plan = new(DanishModel.Create(), DanishLaw.Create("Lab2019"), Options.Small());
    private static readonly PersonSynthesizer Synthesizer = new(Plan, 52);
    private static int Benefit(string name) => TestDomain.Member(TestDomain.Benefit, name);

    [Fact]
    public void A_person_is_a_function_of_seed_replication_and_id()
    {
        var names = Plan.Info.Names;
        Assert.Equal(Synthesizer.Person(5, 0, 1234), Synthesizer.Person(5, 0, 1234));
        Assert.Equal(PersonNames.For(5, 1234, names), PersonNames.For(5, 1234, names));
        Assert.NotEqual(Synthesizer.Person(5, 0, 1234), Synthesizer.Person(5, 0, 1235));
        Assert.NotEqual(Synthesizer.Person(5, 0, 1234), Synthesizer.Person(6, 0, 1234));
    }

    [Fact]
    public void Names_come_from_the_models_tables()
    {
        var tables = Plan.Info.Names;
        var names = Enumerable.Range(0, 300).Select(i => PersonNames.For(1, i, tables)).ToList();
        Assert.All(names, n => Assert.Contains(n.FirstName, n.Female ? tables.Female : tables.Male));
        Assert.All(names, n => Assert.Contains(n.Surname, tables.Family));
        Assert.True(names.Select(n => n.ToString()).Distinct().Count() > 150);
    }

    [Fact]
    public void The_benefit_mix_follows_the_cohorts()
    {
        const int n = 100_000;
        var people = Enumerable.Range(0, n).Select(i => Synthesizer.Person(3, 0, i)).ToList();
        var cohorts = Plan.Cohorts;
        var total = cohorts.RepresentedPersons(52);
        foreach (var benefit in Enumerable.Range(0, cohorts.Count).Select(c => cohorts.Keys[c][0].Value).Distinct())
        {
            var expected = Enumerable.Range(0, cohorts.Count).Where(c => cohorts.Keys[c][0].Value == benefit).Sum(c => cohorts.Stock[c] + (cohorts.WeeklyInflow[c] * 52)) / total;
            var actual = people.Count(p => p.Fact(TestDomain.Benefit) == benefit) / (double)n;
            Assert.InRange(actual, expected - 0.006, expected + 0.006);
        }
        var stockShare = cohorts.Stock.Sum() / total;
        Assert.InRange(people.Count(p => p.IsStock) / (double)n, stockShare - 0.01, stockShare + 0.01);
    }

    [Fact]
    public void Municipalities_are_drawn_in_proportion_to_population()
    {
        const int n = 100_000;
        var people = Enumerable.Range(0, n).Select(i => Synthesizer.Person(4, 0, i)).ToList();
        var table = Plan.Info.Tables.Single();
        var copenhagen = TestDomain.Member(TestDomain.Municipality, "Koebenhavn");
        var expected = table.Rows.Single(r => r.Member == copenhagen).Weight / table.Rows.Sum(r => r.Weight);
        Assert.InRange(people.Count(p => p.Fact(TestDomain.Municipality) == copenhagen) / (double)n, expected - 0.005, expected + 0.005);
        Assert.Equal(98, people.Select(p => p.Fact(TestDomain.Municipality)).Distinct().Count());
    }

    [Fact]
    public void Facts_respect_the_benefit_rules()
    {
        var people = Enumerable.Range(0, 50_000).Select(i => Synthesizer.Person(9, 0, i)).ToList();
        int Fact(SynthesizedPerson p, int slot) => p.Fact(slot);
        Assert.All(people.Where(p => Fact(p, TestDomain.Benefit) == Benefit("Uddannelseshjaelp")), p => Assert.True(Fact(p, TestDomain.Age) < 30 && Fact(p, TestDomain.Education) == 0));
        Assert.All(people.Where(p => Fact(p, TestDomain.Benefit) == Benefit("Kontanthjaelp") && Fact(p, TestDomain.Age) < 30), p => Assert.Equal(1, Fact(p, TestDomain.Education)));
        Assert.All(people.Where(p => Fact(p, TestDomain.Benefit) != Benefit("Sygedagpenge")), p => Assert.Equal(0, Fact(p, TestDomain.Absence)));
        Assert.All(people.Where(p => Fact(p, TestDomain.Benefit) == Benefit("Sygedagpenge")), p => Assert.InRange(Fact(p, TestDomain.Absence), 2, 52));
        Assert.All(people.Where(p => Fact(p, TestDomain.Benefit) == Benefit("Dagpenge") && p.IsStock), p => Assert.InRange(-p.EntryWeek, 1, 103));
        Assert.All(people.Where(p => !p.IsStock), p => Assert.InRange(p.EntryWeek, 0, 51));
        Assert.All(people, p => Assert.InRange(Fact(p, TestDomain.Age), 18, 67));
        Assert.All(people, p => Assert.Equal(Plan.Cohorts.Names[p.Cohort], p.CohortName));
    }

    [Fact]
    public void Sickness_absence_follows_the_models_histogram()
    {
        var people = Enumerable.Range(0, 100_000).Select(i => Synthesizer.Person(11, 0, i)).Where(p => p.Fact(TestDomain.Benefit) == Benefit("Sygedagpenge")).ToList();
        double Share(int low, int high) => people.Count(p => p.Fact(TestDomain.Absence) >= low && p.Fact(TestDomain.Absence) < high) / (double)people.Count;
        Assert.True(people.Count > 10_000);
        Assert.InRange(Share(2, 8), 0.38, 0.42);
        Assert.InRange(Share(8, 26), 0.33, 0.37);
        Assert.InRange(Share(26, 53), 0.23, 0.27);
    }

    [Fact]
    public void The_model_implies_about_1_2_million_Danes_a_year_on_a_stock_of_640_300()
    {
        Assert.InRange(Plan.Cohorts.RepresentedPersons(52), 1.0e6, 1.5e6);
        Assert.Equal(640_300, Plan.Cohorts.Stock.Sum());
    }

    [Fact]
    public void There_are_98_municipalities_with_about_six_million_inhabitants()
    {
        var table = Plan.Info.Tables.Single();
        Assert.Equal(98, table.Rows.Count);
        Assert.Equal(98, table.Rows.Select(r => r.Member).Distinct().Count());
        Assert.InRange(table.Rows.Sum(r => r.Weight), 5_800_000, 6_100_000);
        Assert.Equal(98, Plan.AreaNames.Count);
    }
}
