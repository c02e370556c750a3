using Lovkode.Benchmarks.HandWritten;
using Lovkode.Runtime;

namespace Lovkode.Benchmarks.Evaluator;

/// <summary>
/// A fixed, seeded set of citizen-weeks. The benchmarks walk through all of them so that no
/// evaluator is timed on one citizen whose branches the CPU has learnt; the equivalence check
/// uses a wider draw that covers every value of the fact domain.
/// </summary>
public sealed class CitizenWeekSample
{
    private CitizenWeekSample(Citizen[] citizens, CaseWeek[] weeks)
    {
        Citizens = citizens;
        Weeks = weeks;
    }

    public Citizen[] Citizens { get; }

    public CaseWeek[] Weeks { get; }

    public int Count => Citizens.Length;

    /// <summary>Citizens much like a caseload: adults on the benefits of LBI § 6, weeks of their first year.</summary>
    public static CitizenWeekSample Caseload(int count, int seed = 2019)
    {
        var random = new Random(seed);
        var start = new DateOnly(2025, 1, 6).DayNumber;
        var citizens = new Citizen[count];
        var weeks = new CaseWeek[count];
        for (var i = 0; i < count; i++)
        {
            citizens[i] = Draw(random, random.Next(0, 11), random.Next(16, 68), random.Next(0, 40));
            var week = random.Next(0, 52);
            var prior = random.Next(4) == 0 ? random.Next(1, 80) : 0;
            weeks[i] = new CaseWeek(week, week + prior, start + (7 * week));
        }
        return new CitizenWeekSample(citizens, weeks);
    }

    /// <summary>Every benefit, age 0-120, absences 0-104, spell and cumulative weeks past every deadline, dates 2020-2026.</summary>
    public static CitizenWeekSample WholeDomain(int count, int seed = 6)
    {
        var random = new Random(seed);
        var first = new DateOnly(2020, 1, 6).DayNumber;
        var citizens = new Citizen[count];
        var weeks = new CaseWeek[count];
        for (var i = 0; i < count; i++)
        {
            citizens[i] = Draw(random, random.Next(0, 12), random.Next(0, 121), random.Next(0, 105));
            var week = random.Next(0, 110);
            var cumulative = week + (random.Next(3) == 0 ? random.Next(0, 100) : 0);
            weeks[i] = new CaseWeek(week, cumulative, first + (7 * random.Next(0, 7 * 52)));
        }
        return new CitizenWeekSample(citizens, weeks);
    }

    private static Citizen Draw(Random random, int benefit, int age, int absence)
    {
        var c = default(Citizen);
        c[Fact.Benefit] = benefit;
        c[Fact.Readiness] = random.Next(0, 3);
        c[Fact.Age] = age;
        c[Fact.Education] = random.Next(2);
        c[Fact.Employed] = random.Next(5) == 0 ? 1 : 0;
        c[Fact.ExpectedAbsenceWeeks] = absence;
        c[Fact.Municipality] = random.Next(0, 98);
        return c;
    }
}
