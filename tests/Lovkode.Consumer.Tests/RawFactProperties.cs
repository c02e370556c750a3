using FsCheck;
using FsCheck.Fluent;
using Lovkode.Runtime;

namespace Lovkode.Consumer.Tests;

/// <summary>
/// Classify is a decision tree that switches on an enum fact; a citizen whose slots were set
/// directly, bypassing the typed factory, may hold a value outside the enum's members, outside
/// a number's range or a bool other than 0 and 1. Such values reach the switch's default, and
/// the generated code must still give the interpreter's answer: the first group whose
/// condition holds, or -1. Schedule is held to the interpreter for the group found.
/// </summary>
public class RawFactProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(500);

    public static TheoryData<string> RegimeNames => new() { "Basis", "Reform" };

    /// <summary>Each slot a little beyond its declared values: ydelse and parat -2..4, alder -5..105, uddannet -1..2.</summary>
    private static Gen<int[]> RawFacts() =>
        from ydelse in FsCheck.Fluent.Gen.Choose(-2, 4)
        from parat in FsCheck.Fluent.Gen.Choose(-2, 4)
        from alder in FsCheck.Fluent.Gen.Choose(-5, 105)
        from uddannet in FsCheck.Fluent.Gen.Choose(-1, 2)
        from ledigSiden in FsCheck.Fluent.Gen.Choose(new DateOnly(2019, 1, 1).DayNumber, new DateOnly(2031, 12, 31).DayNumber)
        select new[] { ydelse, parat, alder, uddannet, ledigSiden };

    private static Citizen ToCitizen(int[] facts)
    {
        var citizen = default(Citizen);
        for (var slot = 0; slot < facts.Length; slot++) citizen[slot] = facts[slot];
        return citizen;
    }

    [Theory]
    [MemberData(nameof(RegimeNames))]
    public void Classify_gives_the_interpreters_group_for_values_outside_the_declared_ones(string name)
    {
        var regime = Regimes.Create(name);
        var oracle = Oracle.Interpreter(name);
        Check.One(Quick, Prop.ForAll(RawFacts().ToArbitrary(), facts =>
        {
            var citizen = ToCitizen(facts);
            return regime.Classify(in citizen) == oracle.Classify(facts);
        }));
    }

    [Theory]
    [MemberData(nameof(RegimeNames))]
    public void Schedule_gives_the_interpreters_events_for_values_outside_the_declared_ones(string name)
    {
        var regime = Regimes.Create(name);
        var oracle = Oracle.Interpreter(name);
        var due = new DueEvent[regime.MaxDuePerWeek];
        var cases = from facts in RawFacts() from week in CitizenGen.Weeks() select (facts, week);
        Check.One(Quick, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var citizen = ToCitizen(c.facts);
            var group = regime.Classify(in citizen);
            if (group < 0) return oracle.Classify(c.facts) == -1;
            var n = regime.Schedule(in citizen, group, in c.week, due);
            var expected = oracle.Due(c.facts, group, c.week.SpellWeek, c.week.CumulativeWeeks, c.week.DayNumber);
            return due.Take(n).Select(d => d.Requirement).SequenceEqual(expected);
        }));
    }
}
