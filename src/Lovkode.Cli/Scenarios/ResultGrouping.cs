using Lovkode.Spec.Text;

namespace Lovkode.Cli.Scenarios;

/// <summary>
/// How a run's results are keyed, one reading for the three places a user says it (a scenario's
/// <c>groupBy:</c>, <c>lovkode run --group-by</c>, the web what-if's <c>groupBy</c> field), so
/// that they accept and refuse the same words: 'baseline' (each person by the group they had
/// under the baseline's regime, the crosswalk), 'own' (each arm by its own groups), or the name
/// of an enum fact of the domain (such as 'benefit'). Whether the domain has that fact is known
/// only once the population model is found: <see cref="CheckFact"/>.
/// </summary>
public static class ResultGrouping
{
    public const string Baseline = "baseline";
    public const string Own = "own";
    public const string Choices = "'baseline', 'own' or the name of an enum fact of the domain (such as 'benefit')";

    /// <summary>Whether <paramref name="value"/> is one of the choices by its form (a fact's name is checked later).</summary>
    public static bool IsChoice(string value) => value is Baseline or Own || IsName(value);

    /// <summary>
    /// The scenario keyed as <paramref name="value"/> says (which must be <see cref="IsChoice"/>),
    /// remembering <paramref name="place"/> for a later error (null: the command line's option).
    /// A fact takes precedence over the baseline's groups.
    /// </summary>
    public static Scenario Apply(Scenario s, string value, ScenarioPlace? place) => value switch
    {
        Baseline => s with { GroupByBaseline = true, GroupByFact = null, GroupByPlace = place },
        Own => s with { GroupByBaseline = false, GroupByFact = null, GroupByPlace = place },
        _ => s with { GroupByFact = value, GroupByPlace = place },
    };

    /// <summary>
    /// Refuses a grouping fact the domain lacks, at the place it was given (the scenario's key or
    /// the web request's field), or as the <c>--group-by</c> option's error.
    /// </summary>
    public static void CheckFact(Scenario s, string domain, IReadOnlyCollection<string> enumFacts)
    {
        if (s.GroupByFact is not { } fact || enumFacts.Contains(fact, StringComparer.Ordinal)) return;
        var nearest = Suggestions.Nearest(fact, enumFacts) is { } best ? $" (did you mean '{best}'?)" : "";
        var message = $"'{fact}' is not an enum fact of the domain '{domain}'{nearest}; "
            + $"group by {(enumFacts.Count == 0 ? "'baseline' or 'own' (the domain has no enum fact)" : $"'baseline', 'own' or one of its enum facts: {string.Join(", ", enumFacts)}")}";
        throw s.GroupByPlace is { } place ? new ScenarioException(place, message) : new CliException($"--group-by: {message}");
    }

    private static bool IsName(string text) =>
        text.Length > 0 && char.IsAsciiLetter(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
