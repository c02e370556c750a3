using FsCheck;
using FsCheck.Fluent;
using Lovkode.Runtime;

namespace Lovkode.Law.Tests.Invariants;

/// <summary>
/// Invariants every generated regime of the law keeps, checked through the Runtime API on
/// random citizens, weeks and dates 2019–2028.
/// </summary>
public sealed class RuntimeInvariantProperties
{
    private static readonly Config Checks = Config.QuickThrowOnFailure.WithMaxTest(500);

    public static TheoryData<string> Regimes() => RegimeUnderTest.All();

    [Theory]
    [MemberData(nameof(Regimes))]
    public void Nothing_falls_due_before_the_spell_starts(string name) =>
        NothingDueBeforeTheSpell(name, includeCumulative: false);

    /// <summary>
    /// Found by this guard and fixed: a <c>once after N cumulative weeks</c> requirement fired
    /// whenever the cumulative weeks equalled N, even in a negative spell week (e.g.
    /// Kontaktforloeb2024's RetOgPligt at spell week −76, cumulative 26), in the generated code
    /// and in RegimeInterpreter alike.
    /// </summary>
    [Theory]
    [MemberData(nameof(Regimes))]
    public void Not_even_a_cumulative_requirement_falls_due_before_the_spell_starts(string name) =>
        NothingDueBeforeTheSpell(name, includeCumulative: true);

    private static void NothingDueBeforeTheSpell(string name, bool includeCumulative)
    {
        var r = new RegimeUnderTest(name);
        var cases =
            from citizen in r.Citizens()
            from spellWeek in Gen.Choose(-520, -1)
            from cumulative in Gen.Choose(-520, 520)
            from day in RegimeUnderTest.Days()
            select (citizen, spellWeek, cumulative, day);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var group = r.Regime.Classify(c.citizen);
            var due = r.Due(c.citizen, group, new CaseWeek(c.spellWeek, c.cumulative, c.day))
                .Where(i => includeCumulative || r.CumulativeThreshold(i, group, c.day) is null)
                .ToList();
            Assert.True(due.Count == 0, $"{name}: spell week {c.spellWeek}, cumulative {c.cumulative} schedules {string.Join(", ", due.Select(i => r.Info.Requirements[i].Name))}");
        }).Check(Checks);
    }

    [Theory]
    [MemberData(nameof(Regimes))]
    public void A_cumulative_requirement_never_fires_before_its_cumulative_week(string name)
    {
        var r = new RegimeUnderTest(name);
        var cases =
            from citizen in r.Citizens()
            from spellWeek in Gen.Choose(0, 200)
            from earlier in Gen.Choose(0, 200)
            from day in RegimeUnderTest.Days()
            select (citizen, spellWeek, cumulative: spellWeek + earlier, day);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var group = r.Regime.Classify(c.citizen);
            foreach (var requirement in r.Due(c.citizen, group, new CaseWeek(c.spellWeek, c.cumulative, c.day)))
            {
                var threshold = r.CumulativeThreshold(requirement, group, c.day);
                Assert.True(threshold is null || c.cumulative >= threshold,
                    $"{name}: {r.Info.Requirements[requirement].Name} ({r.Info.Requirements[requirement].Schedule}) fired at cumulative week {c.cumulative}");
            }
        }).Check(Checks);
    }

    [Theory]
    [MemberData(nameof(Regimes))]
    public void Costs_are_never_negative(string name)
    {
        var r = new RegimeUnderTest(name);
        // Exhaustive over requirements and groups, every 13 weeks from 2019 through 2028.
        for (var day = RegimeUnderTest.First.DayNumber; day <= RegimeUnderTest.Last.DayNumber; day += 91)
        {
            for (var requirement = 0; requirement < r.Info.Requirements.Count; requirement++)
            {
                for (var group = 0; group < r.Info.Groups.Count; group++)
                {
                    var cost = r.Regime.Cost(requirement, group, day);
                    double[] parts = [cost.MeetingMinutes, cost.PreparationMinutes, cost.FollowUpMinutes, cost.DocumentationMinutes, cost.CitizenMinutes, cost.Dkk];
                    Assert.True(parts.All(p => p >= 0 && !double.IsNaN(p)),
                        $"{name}: {r.Info.Requirements[requirement].Name} for {r.Info.Groups[group].Name} on {DateOnly.FromDayNumber(day)} costs {cost}");
                }
            }
        }
    }
}
