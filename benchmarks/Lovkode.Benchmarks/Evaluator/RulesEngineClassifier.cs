using Lovkode.Benchmarks.HandWritten;
using Lovkode.Runtime;
using RulesEngine.Models;

namespace Lovkode.Benchmarks.Evaluator;

/// <summary>
/// The target groups of Lab2019 (LBI § 6) as a Microsoft RulesEngine workflow: one rule per
/// group, the conditions of Lab2019.rules word for word as lambda expressions over a typed
/// input. The input objects are built once, outside the timing, and the engine compiles its
/// expressions with FastExpressionCompiler (its default), so the comparison is the engine at
/// its best.
/// </summary>
public sealed class RulesEngineClassifier
{
    private const string WorkflowName = "Lab2019Maalgrupper";

    // Enum ordinals of Beskaeftigelse.rules, so that the expressions read like the spec.
    private const string Kontant = "(c.Benefit == 1 or c.Benefit == 2 or c.Benefit == 3)";

    private static readonly (string Group, string Expression)[] Conditions =
    [
        ("IkkeOmfattet", "c.Age < 15 or (c.Benefit == 11 and c.Age >= 18)"),
        ("Dagpenge", "c.Benefit == 0 and c.Age >= 18"),
        ("JobparatKontant", $"{Kontant} and c.Age >= 18 and (c.Age >= 30 or c.Education) and c.Readiness != 1"),
        ("AktivitetsparatKontant", $"{Kontant} and c.Age >= 18 and (c.Age >= 30 or c.Education) and c.Readiness == 1"),
        ("Uddannelsesparat", $"{Kontant} and c.Age >= 18 and c.Age < 30 and not c.Education and c.Readiness != 1"),
        ("AktivitetsparatUddannelse", $"{Kontant} and c.Age >= 18 and c.Age < 30 and not c.Education and c.Readiness == 1"),
        ("Sygedagpenge", "c.Benefit == 4 and c.Age >= 15"),
        ("Jobafklaring", "c.Benefit == 5 and c.Age >= 18"),
        ("Ressourceforloeb", "c.Benefit == 6 and c.Age >= 18"),
        ("Fleksjob", "c.Benefit == 7 and c.Age >= 18"),
        ("Revalidering", "c.Benefit == 8 and c.Age >= 18"),
        ("Foertidspension", "c.Benefit == 9 and c.Age >= 18"),
        ("Selvforsoergende", "c.Benefit == 10 and c.Age >= 18"),
        ("Under18", "c.Age >= 15 and c.Age < 18 and c.Benefit != 4"),
    ];

    private readonly RulesEngine.RulesEngine _engine;

    public RulesEngineClassifier()
    {
        var workflow = new Workflow
        {
            WorkflowName = WorkflowName,
            Rules = Conditions.Select(c => new Rule
            {
                RuleName = c.Group,
                Expression = c.Expression,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
            }).ToList(),
        };
        _engine = new RulesEngine.RulesEngine([workflow], new ReSettings { UseFastExpressionCompiler = true });
    }

    public static IReadOnlyList<string> Groups { get; } = Conditions.Select(c => c.Group).ToArray();

    /// <summary>The engine's input for a citizen; made before timing starts.</summary>
    public static RuleParameter Input(in Citizen citizen) => new("c", new CitizenFacts
    {
        Benefit = citizen[Fact.Benefit],
        Readiness = citizen[Fact.Readiness],
        Age = citizen[Fact.Age],
        Education = citizen[Fact.Education] != 0,
        Employed = citizen[Fact.Employed] != 0,
        ExpectedAbsenceWeeks = citizen[Fact.ExpectedAbsenceWeeks],
        Municipality = citizen[Fact.Municipality],
    });

    /// <summary>The name of the one group whose rule succeeds, or null when none or several do.</summary>
    public string? Classify(RuleParameter input)
    {
        var results = _engine.ExecuteAllRulesAsync(WorkflowName, input).GetAwaiter().GetResult();
        string? group = null;
        foreach (var result in results)
        {
            if (!result.IsSuccess) continue;
            if (group is not null) return null;
            group = result.Rule.RuleName;
        }
        return group;
    }

    /// <summary>The facts of Beskaeftigelse.rules as the typed object RulesEngine evaluates.</summary>
    public sealed class CitizenFacts
    {
        public int Benefit { get; init; }
        public int Readiness { get; init; }
        public int Age { get; init; }
        public bool Education { get; init; }
        public bool Employed { get; init; }
        public int ExpectedAbsenceWeeks { get; init; }
        public int Municipality { get; init; }
    }
}
