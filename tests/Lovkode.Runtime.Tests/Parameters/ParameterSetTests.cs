using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lovkode.Runtime;

namespace Lovkode.Runtime.Tests.Parameters;

public sealed class ParameterSetTests
{
    private static readonly DateOnly Y2024 = new(2024, 1, 1);
    private static readonly DateOnly Y2026 = new(2026, 7, 1);
    private static readonly Citation Cited = new("LBI § 13", false);

    // CvFrist: 3 weeks for every group; 2 for group 0 (Dagpenge). Samtale: 40 minutes until 2024, then 35.
    private static ParameterSet Sample() => new(
    [
        new ParameterInfo("CvFrist", 0, ParameterUnit.Weeks, "CV deadline",
        [
            new ParameterValueInfo(-1, 3, null, null, Cited),
            new ParameterValueInfo(0, 2, null, null, Cited),
        ]),
        new ParameterInfo("SamtaleMinutter", 1, ParameterUnit.Minutes, "Interview minutes",
        [
            new ParameterValueInfo(-1, 40, null, Y2024, Cited),
            new ParameterValueInfo(-1, 35, Y2024, null, Cited),
        ]),
    ], groupCount: 3);

    [Fact]
    public void A_value_for_the_group_beats_the_value_for_every_group()
    {
        var set = Sample();
        Assert.Equal(2, set.Value(0, group: 0, Y2026.DayNumber));
        Assert.Equal(3, set.Value(0, group: 1, Y2026.DayNumber));
        Assert.Equal(3, set.Value(0, group: 2, Y2026.DayNumber));
    }

    [Fact]
    public void Dated_values_switch_on_their_from_date()
    {
        var set = Sample();
        Assert.Equal(40, set.Value(1, 0, Y2024.DayNumber - 1));
        Assert.Equal(35, set.Value(1, 0, Y2024.DayNumber));
    }

    [Fact]
    public void An_override_beats_the_cited_values_and_does_not_leak_into_the_original()
    {
        var original = Sample();
        var scenario = original.Clone();
        Assert.True(scenario.Override(scenario.IndexOf("CvFrist"), 4, group: 0, from: Y2026));
        Assert.Equal(2, scenario.Value(0, 0, Y2026.DayNumber - 1));
        Assert.Equal(4, scenario.Value(0, 0, Y2026.DayNumber));
        Assert.Equal(3, scenario.Value(0, 1, Y2026.DayNumber));
        Assert.Equal(2, original.Value(0, 0, Y2026.DayNumber));
        Assert.Single(scenario.Overrides);
    }

    [Fact]
    public void An_override_for_every_group_beats_a_cited_group_value()
    {
        var set = Sample();
        set.Override(0, 5);
        Assert.Equal(5, set.Value(0, 0, Y2026.DayNumber));
    }

    [Fact]
    public void Unknown_parameter_or_group_is_refused_and_changes_nothing()
    {
        var set = Sample();
        Assert.False(set.Override(7, 1));
        Assert.False(set.Override(0, 1, group: 3));
        Assert.Equal(-1, set.IndexOf("Nope"));
        Assert.Equal(2, set.Value(0, 0, Y2026.DayNumber));
    }

    [Fact]
    public void A_date_without_a_value_gives_NaN()
    {
        var set = new ParameterSet(
            [new ParameterInfo("P", 0, ParameterUnit.Count, "", [new ParameterValueInfo(-1, 1, Y2024, Y2026, Cited)])], 1);
        Assert.True(double.IsNaN(set.Value(0, 0, Y2024.DayNumber - 1)));
        Assert.Equal(1, set.Value(0, 0, Y2024.DayNumber));
        Assert.True(double.IsNaN(set.Value(0, 0, Y2026.DayNumber)));
    }

    /// <summary>The flattened timeline must give what a direct scan of the value lines gives, at every day.</summary>
    [Property(MaxTest = 200)]
    public Property Lookup_agrees_with_a_direct_scan_of_the_values()
    {
        var entry = from g in FsCheck.Fluent.Gen.Choose(-1, 1)
                    from v in FsCheck.Fluent.Gen.Choose(0, 9)
                    from a in FsCheck.Fluent.Gen.Choose(0, 20)
                    from len in FsCheck.Fluent.Gen.Choose(1, 20)
                    from open in FsCheck.Fluent.Gen.Elements(0, 1, 2, 3)
                    select (g, v, start: open == 1 ? (int?)null : a, end: open == 2 ? (int?)null : a + len);
        var gen = from entries in FsCheck.Fluent.Gen.ListOf(entry)
                  from day in FsCheck.Fluent.Gen.Choose(-5, 45)
                  from grp in FsCheck.Fluent.Gen.Choose(0, 1)
                  select (entries.ToList(), day, grp);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (entries, day, grp) = t;
            var baseDay = Y2024.DayNumber;
            var values = entries.Select(e => new ParameterValueInfo(e.g, e.v,
                e.start is null ? null : DateOnly.FromDayNumber(baseDay + e.start.Value),
                e.end is null ? null : DateOnly.FromDayNumber(baseDay + e.end.Value), Cited)).ToList();
            var set = new ParameterSet([new ParameterInfo("P", 0, ParameterUnit.Count, "", values)], 2);
            var actual = set.Value(0, grp, baseDay + day);
            var expected = DirectScan(values, grp, baseDay + day);
            return actual.Equals(expected);
        });
    }

    private static double DirectScan(IReadOnlyList<ParameterValueInfo> values, int group, int day)
    {
        ParameterValueInfo? best = null;
        foreach (var v in values)
        {
            var inForce = (v.From is null || v.From.Value.DayNumber <= day) && (v.Until is null || day < v.Until.Value.DayNumber);
            if (!inForce || (v.Group != -1 && v.Group != group)) continue;
            if (best is null || v.Group >= best.Group) best = v;
        }
        return best?.Value ?? double.NaN;
    }
}
