using FsCheck;
using FsCheck.Fluent;
using Lovkode.Runtime;
using Lovkode.Spec.Evaluation;

namespace Lovkode.Consumer.Tests;

/// <summary>The generated evaluators agree with the reference interpreter for random citizens and weeks.</summary>
public class OracleProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(500);

    public static TheoryData<string> RegimeNames => new() { "Basis", "Reform" };

    [Fact]
    public void The_rules_compile_without_errors()
    {
        Assert.False(Oracle.Compilation.HasErrors, string.Join("\n", Oracle.Compilation.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(RegimeNames))]
    public void Classify_returns_exactly_the_group_whose_condition_holds(string name)
    {
        var regime = Regimes.Create(name);
        var oracle = Oracle.Interpreter(name);
        Check.One(Quick, Prop.ForAll(CitizenGen.Citizens().ToArbitrary(), citizen =>
        {
            var matches = oracle.MatchingGroups(Oracle.Facts(citizen));
            return matches.Count == 1 && regime.Classify(citizen) == matches[0];
        }));
    }

    [Theory]
    [MemberData(nameof(RegimeNames))]
    public void Schedule_and_cost_agree_with_the_interpreter(string name)
    {
        var regime = Regimes.Create(name);
        var oracle = Oracle.Interpreter(name);
        var due = new DueEvent[regime.MaxDuePerWeek];
        var cases = from citizen in CitizenGen.Citizens() from week in CitizenGen.Weeks() select (citizen, week);
        Check.One(Quick, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var group = regime.Classify(c.citizen);
            var n = regime.Schedule(c.citizen, group, c.week, due);
            var generated = due.Take(n).Select(d => d.Requirement).ToList();
            var expected = oracle.Due(Oracle.Facts(c.citizen), group, c.week.SpellWeek, c.week.CumulativeWeeks, c.week.DayNumber);
            return generated.SequenceEqual(expected) && generated.All(r => SameCost(regime.Cost(r, group, c.week.DayNumber), oracle.Cost(r, group, c.week.DayNumber)));
        }));
    }

    [Fact]
    public void Overridden_parameters_agree_with_the_interpreter()
    {
        var parameters = Basis.CreateParameters();
        var antal = parameters.IndexOf("Antal");
        var frist = parameters.IndexOf("CvFrist");
        parameters.Override(antal, 3, from: new DateOnly(2023, 1, 1));
        parameters.Override(frist, 6, group: 1);
        var regime = new Basis(parameters);
        var oracle = Oracle.Interpreter("Basis", [new ParameterOverride(antal, 3, -1, new DateOnly(2023, 1, 1).DayNumber), new ParameterOverride(frist, 6, 1)]);
        var due = new DueEvent[regime.MaxDuePerWeek];
        var cases = from citizen in CitizenGen.Citizens() from week in CitizenGen.Weeks() select (citizen, week);
        Check.One(Quick, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var group = regime.Classify(c.citizen);
            var n = regime.Schedule(c.citizen, group, c.week, due);
            var expected = oracle.Due(Oracle.Facts(c.citizen), group, c.week.SpellWeek, c.week.CumulativeWeeks, c.week.DayNumber);
            return due.Take(n).Select(d => d.Requirement).SequenceEqual(expected);
        }));
    }

    [Fact]
    public void Explain_lists_as_due_exactly_what_schedule_writes()
    {
        var regime = new Reform();
        var due = new DueEvent[regime.MaxDuePerWeek];
        var cases = from citizen in CitizenGen.Citizens() from week in CitizenGen.Weeks() select (citizen, week);
        Check.One(Quick, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var trace = new List<TraceEntry>();
            regime.Explain(c.citizen, c.week, trace);
            var n = regime.Schedule(c.citizen, regime.Classify(c.citizen), c.week, due);
            var names = due.Take(n).Select(d => regime.Info.Requirements[d.Requirement].Name);
            return trace.Where(t => t.Kind == TraceKind.Due).Select(t => t.Rule).SequenceEqual(names);
        }));
    }

    private static bool SameCost(EventCost g, CostBreakdown o) =>
        g.MeetingMinutes.Equals(o.MeetingMinutes) && g.PreparationMinutes.Equals(o.PreparationMinutes)
        && g.FollowUpMinutes.Equals(o.FollowUpMinutes) && g.DocumentationMinutes.Equals(o.DocumentationMinutes)
        && g.CitizenMinutes.Equals(o.CitizenMinutes) && g.Dkk.Equals(o.Dkk);
}
