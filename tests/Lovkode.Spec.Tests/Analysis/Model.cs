using Lovkode.Spec.Analysis;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Analysis;

/// <summary>
/// Builds bound models in code, over the same small domain as Cases/_domain/TestDomain.rules,
/// so the analyses can be tested without the parser. Each element gets its own line, so a
/// test can tell where a diagnostic was reported.
/// </summary>
internal static class Model
{
    public const int Benefit = 0, Readiness = 1, Age = 2, Education = 3, Employed = 4;
    public const int Dagpenge = 0, Kontanthjaelp = 1, Sygedagpenge = 2, Ingen = 3;
    public const int Jobparat = 0, Aktivitetsparat = 1;

    /// <summary>Three target groups by benefit and readiness, and everyone else outside: the lint tests' regime.</summary>
    public static BoundGroup[] ThreeGroups =>
    [
        Group("Dagpenge", 0, Is(Benefit, Dagpenge)),
        Group("JobparatKontant", 1, And(Is(Benefit, Kontanthjaelp), Is(Readiness, Jobparat))),
        Group("Uddannelsesparat", 2, And(Is(Benefit, Kontanthjaelp), Is(Readiness, Aktivitetsparat))),
        Group("Andre", 3, new BoundInSet(Benefit, new[] { Sygedagpenge, Ingen }.ToEquatableArray(), false, At(0)), outside: true),
    ];

    public static SourceSpan At(int line) => new("test.rules", line * 100, 10, line, 1, line, 11);

    public static Citation Cite => new("LBI § 1", false, At(999));

    public static BoundDomain Domain { get; } = new(
        "Test",
        null,
        new[]
        {
            Enum("Benefit", "Dagpenge", "Kontanthjaelp", "Sygedagpenge", "Ingen"),
            Enum("Readiness", "Jobparat", "Aktivitetsparat"),
        }.ToEquatableArray(),
        new[]
        {
            new BoundFact("benefit", Benefit, FactType.Enum, "Benefit", 0, 3, null, At(1)),
            new BoundFact("readiness", Readiness, FactType.Enum, "Readiness", 0, 1, null, At(1)),
            new BoundFact("age", Age, FactType.Number, null, 0, 120, null, At(1)),
            new BoundFact("education", Education, FactType.Bool, null, 0, 1, null, At(1)),
            new BoundFact("employed", Employed, FactType.Bool, null, 0, 1, null, At(1)),
        }.ToEquatableArray(),
        new[] { new BoundNamed("Jobcenter", null, At(1)) }.ToEquatableArray(),
        new[] { new BoundNamed("Fremmoede", null, At(1)) }.ToEquatableArray(),
        At(1));

    public static BoundEnum Enum(string name, params string[] members) =>
        new(name, null, members.Select(m => new BoundNamed(m, null, At(1))).ToEquatableArray(), At(1));

    public static BoundExpr Is(int slot, int value, int line = 0) => new BoundCompare(slot, CompareOp.Equal, value, At(line));

    public static BoundExpr Cmp(int slot, CompareOp op, int value, int line = 0) => new BoundCompare(slot, op, value, At(line));

    public static BoundExpr And(BoundExpr a, BoundExpr b) => new BoundAnd(a, b, a.Span);

    public static BoundExpr Or(BoundExpr a, BoundExpr b) => new BoundOr(a, b, a.Span);

    public static BoundExpr Not(BoundExpr a) => new BoundNot(a, a.Span);

    public static BoundExpr True => new BoundLiteral(true, At(0));

    public static BoundGroup Group(string name, int index, BoundExpr condition, bool outside = false, bool cited = true, int? line = null) =>
        new(name, index, null, condition with { Span = At(line ?? (10 + index)) }, outside, EquatableArray<string>.Empty, cited ? Cite : null, At(line ?? (10 + index)));

    public static BoundParameterValue Value(int group, double value, int line, string? from = null, string? until = null, bool cited = true) =>
        new(group, value, Day(from), Day(until), cited ? Cite : null, At(line));

    public static BoundParameter Parameter(string name, int index, ParameterUnit unit, params BoundParameterValue[] values) =>
        new(name, index, unit, null, values.ToEquatableArray(), At(40 + index));

    public static BoundOperand C(double value, int line = 0) => BoundOperand.Const(value, At(line));

    public static BoundOperand P(int index, string name, int line = 0) => BoundOperand.Param(index, name, At(line));

    public static BoundSchedule Times(BoundOperand count, BoundOperand from, BoundOperand until) => new(ScheduleKind.TimesWithin, count, null, from, until, At(70));

    public static BoundSchedule OnceWithin(BoundOperand weeks) => new(ScheduleKind.OnceWithin, null, weeks, null, null, At(70));

    public static BoundSchedule Every(BoundOperand weeks, BoundOperand from, BoundOperand? until = null) => new(ScheduleKind.Every, null, weeks, from, until, At(70));

    public static BoundCost Cost(CostComponent component, BoundOperand amount) => new(component, amount, amount.Span);

    public static BoundRequirement Requirement(
        string name, int index, int[] groups, BoundSchedule schedule,
        BoundCost[]? costs = null, BoundExpr? condition = null, BoundExemption[]? exemptions = null,
        string? from = null, string? until = null, bool cited = true) =>
        new(name, index, RequirementKind.Meeting, null, groups.ToEquatableArray(), 0, 0, schedule,
            (costs ?? Array.Empty<BoundCost>()).ToEquatableArray(), condition, (exemptions ?? Array.Empty<BoundExemption>()).ToEquatableArray(),
            Day(from), Day(until), cited ? Cite : null, At(60 + index));

    public static BoundExemption Exemption(BoundExpr condition, int line, bool cited = true) => new(condition, cited ? Cite : null, At(line));

    public static BoundRegime Regime(
        IEnumerable<BoundGroup> groups,
        IEnumerable<BoundParameter>? parameters = null,
        IEnumerable<BoundRequirement>? requirements = null,
        IEnumerable<BoundQuota>? quotas = null,
        IEnumerable<BoundSupervision>? supervisions = null,
        IEnumerable<RegimeChange>? changes = null,
        string? effective = null) =>
        new("Lab", null, "Test", null, Day(effective), null,
            groups.ToEquatableArray(),
            (parameters ?? Array.Empty<BoundParameter>()).ToEquatableArray(),
            (requirements ?? Array.Empty<BoundRequirement>()).ToEquatableArray(),
            (quotas ?? Array.Empty<BoundQuota>()).ToEquatableArray(),
            (supervisions ?? Array.Empty<BoundSupervision>()).ToEquatableArray(),
            (changes ?? Array.Empty<RegimeChange>()).ToEquatableArray(),
            Cite, new[] { "test.rules" }.ToEquatableArray(), At(2));

    /// <summary>Two groups that split the whole domain: Dagpenge, and everyone else outside.</summary>
    public static BoundGroup[] TwoGroups => new[]
    {
        Group("Dagpenge", 0, Is(Benefit, Dagpenge)),
        Group("Andre", 1, Not(Is(Benefit, Dagpenge)), outside: true),
    };

    public static IReadOnlyList<Diagnostic> Analyze(BoundRegime regime, int maxCells = 2_000_000, BoundDomain? domain = null)
    {
        var bag = new DiagnosticBag();
        SpecAnalyzer.Analyze(domain ?? Domain, regime, bag, new AnalysisOptions(maxCells));
        return bag.ToSortedList();
    }

    public static int? Day(string? iso) => iso is null ? null : SpecDate.TryParse(iso, out var day) ? day : throw new ArgumentException(iso);

    /// <summary>A plain evaluator, independent of the analysis engine, for checking its answers.</summary>
    public static bool Eval(BoundExpr expr, IReadOnlyDictionary<int, int> facts) => expr switch
    {
        BoundLiteral l => l.Value,
        BoundCompare c => c.Op switch
        {
            CompareOp.Equal => facts[c.Slot] == c.Value,
            CompareOp.NotEqual => facts[c.Slot] != c.Value,
            CompareOp.Less => facts[c.Slot] < c.Value,
            CompareOp.LessOrEqual => facts[c.Slot] <= c.Value,
            CompareOp.Greater => facts[c.Slot] > c.Value,
            _ => facts[c.Slot] >= c.Value,
        },
        BoundInSet s => s.Values.Contains(facts[s.Slot]) != s.Negated,
        BoundNot n => !Eval(n.Operand, facts),
        BoundAnd a => Eval(a.Left, facts) && Eval(a.Right, facts),
        BoundOr o => Eval(o.Left, facts) || Eval(o.Right, facts),
        _ => throw new InvalidOperationException(),
    };
}
