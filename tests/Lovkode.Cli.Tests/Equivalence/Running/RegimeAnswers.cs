using Lovkode.Runtime;

namespace Lovkode.Cli.Tests.Equivalence.Running;

/// <summary>
/// Two regimes that must answer alike, asked the same random citizen-weeks: the group, the events
/// due, every cost, every supervision exemption, and (one case in twenty) the whole explanation
/// with its citations. Facts now and then fall outside their declared range.
/// </summary>
internal static class RegimeAnswers
{
    public static void AssertSame(IRegime expected, IRegime actual, Random random, int cases)
    {
        var info = expected.Info;
        var due1 = new DueEvent[expected.MaxDuePerWeek];
        var due2 = new DueEvent[actual.MaxDuePerWeek];
        var first = new DateOnly(2019, 1, 7).DayNumber;
        for (var n = 0; n < cases; n++)
        {
            var citizen = new Citizen();
            foreach (var fact in info.Facts) citizen[fact.Slot] = random.Next(10) == 0 ? random.Next(fact.Min - 3, fact.Max + 4) : random.Next(fact.Min, fact.Max + 1);
            var spell = random.Next(-5, 110);
            var week = new CaseWeek(spell, Math.Max(spell, 0) + random.Next(0, 100), first + (7 * random.Next(0, 520)));
            var group = expected.Classify(in citizen);
            Assert.Equal(group, actual.Classify(in citizen));
            var count = expected.Schedule(in citizen, group, in week, due1);
            Assert.Equal(due1.Take(count), due2.Take(actual.Schedule(in citizen, group, in week, due2)));
            for (var r = 0; r < info.Requirements.Count; r++)
            {
                if (group < 0) break;
                Assert.Equal(expected.Cost(r, group, week.DayNumber), actual.Cost(r, group, week.DayNumber));
            }
            for (var s = 0; s < info.Supervisions.Count; s++)
            {
                Assert.Equal(expected.SupervisionExempt(s, in citizen), actual.SupervisionExempt(s, in citizen));
            }
            if (n % 20 != 0) continue;
            var t1 = new List<TraceEntry>();
            var t2 = new List<TraceEntry>();
            expected.Explain(in citizen, in week, t1);
            actual.Explain(in citizen, in week, t2);
            Assert.Equal(t1, t2);
        }
    }
}
