namespace Lovkode.Law.Tests.Evaluation;

/// <summary>
/// One regime as the scenario tests and properties see it: facts by name in, group and due
/// requirements by name out. Two implementations: <see cref="ReferenceEvaluator"/> reads the
/// bound model as the language doc defines it, <see cref="GeneratedEvaluator"/> runs the class
/// the generator emitted. The same scenarios run against both.
/// </summary>
public interface ILawEvaluator
{
    string Name { get; }

    IReadOnlyList<string> Facts { get; }

    /// <summary>The values a fact can take: enum members, or "false"/"true", or the whole numbers of its range.</summary>
    (int Min, int Max) Range(string fact);

    /// <summary>Turns "Dagpenge", "true" or "40" into the fact's slot value.</summary>
    int Encode(string fact, string value);

    IReadOnlyList<string> Groups { get; }

    /// <summary>The requirement's kind in lower case: meeting, task, offer or documentation.</summary>
    string KindOf(string requirement);

    /// <summary>Slot values in fact order (<see cref="Facts"/>).</summary>
    string Classify(int[] facts);

    IReadOnlyList<string> Due(int[] facts, string group, int spellWeek, int cumulativeWeeks, DateOnly weekStart);

    /// <summary>
    /// The requirements due in the week that a quota in force may leave out (the quota's
    /// requirement, group, week window and dates all match), each with the quota's share at the
    /// date. A due requirement not in the answer is never skipped by a quota.
    /// </summary>
    IReadOnlyDictionary<string, double> Quotas(int[] facts, string group, int spellWeek, int cumulativeWeeks, DateOnly weekStart);

    /// <summary>A parameter's value for a citizen of the group on the day (NaN when it has none then).</summary>
    double Parameter(string name, string group, DateOnly day);

    /// <summary>The regime's supervision rules, by name.</summary>
    IReadOnlyList<string> Supervisions { get; }

    /// <summary>Whether the citizen's case is left out of the supervision rule's measure.</summary>
    bool SupervisionExempt(int[] facts, string supervision);
}
