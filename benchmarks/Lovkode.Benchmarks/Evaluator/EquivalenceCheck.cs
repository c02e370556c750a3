using Lovkode.Benchmarks.HandWritten;
using Lovkode.Runtime;

namespace Lovkode.Benchmarks.Evaluator;

/// <summary>
/// Before anything is timed, every evaluator in the build must give the hand-written class's
/// answers on a seeded sample that spans the whole fact domain: the same group, the same
/// requirements due (by name), and the same cost for each of them. RulesEngine is checked on
/// the groups it computes. A benchmark of code that gives other answers would mean nothing.
/// </summary>
public static partial class EquivalenceCheck
{
    public const int SampleSize = 20_000;

    public const int RulesEngineSampleSize = 2_000;

    /// <summary>Runs the comparisons, writes one line per evaluator, and returns the number of disagreements.</summary>
    public static int Run(TextWriter log)
    {
        var sample = CitizenWeekSample.WholeDomain(SampleSize);
        var reference = new RegimeUnderTest("hand-written", new HandWrittenLab2019());
        var others = new List<IEvaluatorUnderTest>();
        AddGenerated(others);
        AddInterpreter(others);

        var total = 0;
        foreach (var other in others)
        {
            var failures = Compare(reference, other, sample, SampleSize, log);
            log.WriteLine($"equivalence: {other.Name} vs hand-written on {SampleSize:N0} citizen-weeks: {(failures == 0 ? "agree" : $"{failures} disagreement(s)")}");
            total += failures;
        }
        total += CompareRulesEngine(reference, sample, log);
        return total;
    }

    static partial void AddGenerated(List<IEvaluatorUnderTest> evaluators);

    static partial void AddInterpreter(List<IEvaluatorUnderTest> evaluators);

    private static int Compare(IEvaluatorUnderTest expected, IEvaluatorUnderTest actual, CitizenWeekSample sample, int count, TextWriter log)
    {
        var failures = 0;
        void Fail(string what)
        {
            if (failures++ < 10) log.WriteLine($"  {actual.Name}: {what}");
        }

        for (var i = 0; i < count; i++)
        {
            ref readonly var citizen = ref sample.Citizens[i];
            ref readonly var week = ref sample.Weeks[i];
            var group = expected.Classify(in citizen);
            var theirGroup = actual.Classify(in citizen);
            if (group != theirGroup)
            {
                Fail($"{Describe(in citizen)}: group {theirGroup}, expected {group}");
                continue;
            }
            var due = expected.Due(in citizen, group, in week);
            var theirDue = actual.Due(in citizen, group, in week);
            if (!due.SequenceEqual(theirDue))
            {
                Fail($"{Describe(in citizen)} in {group}, {week}: due [{string.Join(", ", theirDue)}], expected [{string.Join(", ", due)}]");
                continue;
            }
            foreach (var requirement in due)
            {
                var cost = expected.Cost(requirement, group, week.DayNumber);
                var theirCost = actual.Cost(requirement, group, week.DayNumber);
                if (cost != theirCost) Fail($"cost of {requirement} for {group} on day {week.DayNumber}: {theirCost}, expected {cost}");
            }
        }
        return failures;
    }

    private static int CompareRulesEngine(IEvaluatorUnderTest expected, CitizenWeekSample sample, TextWriter log)
    {
        var engine = new RulesEngineClassifier();
        var failures = 0;
        for (var i = 0; i < RulesEngineSampleSize; i++)
        {
            ref readonly var citizen = ref sample.Citizens[i];
            var group = expected.Classify(in citizen);
            var theirs = engine.Classify(RulesEngineClassifier.Input(in citizen));
            if (theirs == group) continue;
            if (failures++ < 10) log.WriteLine($"  RulesEngine: {Describe(in citizen)}: group {theirs ?? "(none or several)"}, expected {group}");
        }
        log.WriteLine($"equivalence: RulesEngine vs hand-written groups on {RulesEngineSampleSize:N0} citizens: {(failures == 0 ? "agree" : $"{failures} disagreement(s)")}");
        return failures;
    }

    private static string Describe(in Citizen c) =>
        $"benefit {c[Fact.Benefit]}, readiness {c[Fact.Readiness]}, age {c[Fact.Age]}, education {c[Fact.Education]}, employed {c[Fact.Employed]}, absence {c[Fact.ExpectedAbsenceWeeks]}";
}
