using System.Globalization;
using Lovkode.Law.Tests.Evaluation;

namespace Lovkode.Law.Tests.Scenarios;

/// <summary>Runs every case of Scenarios/*.yaml against the reference evaluator and the generated one.</summary>
public sealed class ScenarioTests
{
    public static IEnumerable<object[]> Cases() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Scenarios"), "*.yaml")
            .OrderBy(p => p, StringComparer.Ordinal)
            .SelectMany(path => ScenarioFile.Load(path).Cases.Select((c, i) => new object[] { Path.GetFileName(path), i, c.Name }));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reference_evaluator_meets_the_scenario(string file, int index, string name) =>
        Run(Evaluators.Reference, file, index, name);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_evaluator_meets_the_scenario(string file, int index, string name) =>
        Run(Evaluators.Generated, file, index, name);

    [Fact]
    public void There_are_at_least_three_scenarios_per_regime_and_per_Lab2019_group()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Scenarios"), "*.yaml").Select(ScenarioFile.Load).ToList();

        foreach (var regime in FrontEnd.RegimeNames) Assert.True(files.Where(f => f.Regime == regime).Sum(f => f.Cases.Count) >= 3, regime);
        var lab = files.Where(f => f.Regime == "Lab2019").SelectMany(f => f.Cases).GroupBy(c => c.Group).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(14, lab.Count);
        Assert.All(lab, g => Assert.True(g.Value >= 3, g.Key));
    }

    private static void Run(string implementation, string file, int index, string name)
    {
        var scenario = ScenarioFile.Load(Path.Combine(AppContext.BaseDirectory, "Scenarios", file));
        var c = scenario.Cases[index];
        Assert.Equal(name, c.Name);
        var evaluator = Evaluators.Create(implementation, scenario.Regime);
        var facts = Encode(evaluator, scenario.Defaults, c.Citizen);
        var start = DateOnly.ParseExact(c.Start ?? scenario.Start, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var group = evaluator.Classify(facts);
        Assert.True(c.Group == group, $"{c.Name} ({c.Law}): expected group {c.Group}, got {group}");

        foreach (var (week, expected) in c.Weeks)
        {
            var due = DueAt(evaluator, facts, group, c, start, week);
            var want = expected.OrderBy(n => n, StringComparer.Ordinal).ToList();
            Assert.True(want.SequenceEqual(due), $"{c.Name} ({c.Law}), week {week}: expected [{string.Join(", ", want)}], got [{string.Join(", ", due)}]");
        }

        foreach (var (parameter, expected) in c.Parameters)
        {
            var got = evaluator.Parameter(parameter, group, start);
            Assert.True(Math.Abs(got - expected) < 1e-9, $"{c.Name} ({c.Law}): expected {parameter} = {expected.ToString(CultureInfo.InvariantCulture)} on {start:yyyy-MM-dd}, got {got.ToString(CultureInfo.InvariantCulture)}");
        }

        foreach (var (week, expected) in c.Quotas)
        {
            var got = evaluator.Quotas(facts, group, week, c.PriorWeeks + week, start.AddDays(7 * week));
            var same = expected.Count == got.Count && expected.All(e => got.TryGetValue(e.Key, out var share) && Math.Abs(share - e.Value) < 1e-9);
            Assert.True(same, $"{c.Name} ({c.Law}), week {week}: expected quotas [{Show(expected)}], got [{Show(got)}]");
        }

        if (c.Counts.Count == 0 && c.Meetings is null) return;
        var events = Enumerable.Range(0, c.CountUntil).SelectMany(w => DueAt(evaluator, facts, group, c, start, w)).ToList();
        foreach (var (requirement, count) in c.Counts)
        {
            Assert.True(count == events.Count(e => e == requirement), $"{c.Name} ({c.Law}): expected {count} x {requirement} in weeks 0..{c.CountUntil}, got {events.Count(e => e == requirement)}");
        }
        if (c.Meetings is int meetings)
        {
            var got = events.Count(e => evaluator.KindOf(e) == "meeting");
            Assert.True(meetings == got, $"{c.Name} ({c.Law}): expected {meetings} interviews in weeks 0..{c.CountUntil}, got {got} [{string.Join(", ", events.Where(e => evaluator.KindOf(e) == "meeting"))}]");
        }
    }

    private static string Show(IEnumerable<KeyValuePair<string, double>> shares) =>
        string.Join(", ", shares.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value.ToString(CultureInfo.InvariantCulture)}"));

    private static IReadOnlyList<string> DueAt(ILawEvaluator evaluator, int[] facts, string group, ScenarioCase c, DateOnly start, int week) =>
        evaluator.Due(facts, group, week, c.PriorWeeks + week, start.AddDays(7 * week));

    internal static int[] Encode(ILawEvaluator evaluator, IReadOnlyDictionary<string, string> defaults, IReadOnlyDictionary<string, string> citizen)
    {
        var unknown = citizen.Keys.Concat(defaults.Keys).Except(evaluator.Facts).ToList();
        Assert.True(unknown.Count == 0, "Unknown facts: " + string.Join(", ", unknown));
        return evaluator.Facts
            .Select(f => citizen.TryGetValue(f, out var v) ? v : defaults.TryGetValue(f, out var d) ? d : throw new ArgumentException($"No value for fact {f}"))
            .Select((v, i) => evaluator.Encode(evaluator.Facts[i], v))
            .ToArray();
    }
}
