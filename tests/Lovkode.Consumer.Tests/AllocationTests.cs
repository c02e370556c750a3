using Lovkode.Runtime;

namespace Lovkode.Consumer.Tests;

/// <summary>The hot path of the generated evaluators allocates nothing.</summary>
public class AllocationTests
{
    [Fact]
    public void Classify_schedule_and_cost_do_not_allocate()
    {
        var regime = new Reform();
        var citizens = new[]
        {
            Demo.CreateCitizen(Demo.Ydelse.Dagpenge, Demo.Parat.Jobparat, 40, false, new DateOnly(2024, 1, 1)),
            Demo.CreateCitizen(Demo.Ydelse.Kontanthjaelp, Demo.Parat.Aktivitetsparat, 30, true, new DateOnly(2024, 1, 1)),
            Demo.CreateCitizen(Demo.Ydelse.Kontanthjaelp, Demo.Parat.Jobparat, 61, true, new DateOnly(2024, 1, 1)),
        };
        var due = new DueEvent[regime.MaxDuePerWeek];
        var start = new DateOnly(2025, 1, 6).DayNumber;
        var total = Run(regime, citizens, due, start); // warm up: JIT and the static metadata
        var before = GC.GetAllocatedBytesForCurrentThread();
        total += Run(regime, citizens, due, start);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.True(total > 0);
    }

    private static double Run(Reform regime, Citizen[] citizens, DueEvent[] due, int start)
    {
        var total = 0d;
        foreach (var citizen in citizens)
        {
            var group = regime.Classify(citizen);
            for (var w = 0; w < 60; w++)
            {
                var week = new CaseWeek(w, w, start + (7 * w));
                var n = regime.Schedule(citizen, group, week, due);
                for (var i = 0; i < n; i++) total += regime.Cost(due[i].Requirement, group, week.DayNumber).CaseworkerMinutes;
            }
        }
        return total;
    }
}
