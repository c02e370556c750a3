using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Text;

namespace Lovkode.Law.Tests.Evaluation;

/// <summary>
/// Evaluates a bound regime straight from the model, following docs/spec-language.md to the
/// letter. It is the oracle the generated code is checked against, and it lets the scenarios
/// run as soon as the front end binds, before the emitter exists. Slow and allocating on
/// purpose: it is written to be obviously right, not fast.
/// </summary>
public sealed class ReferenceEvaluator : ILawEvaluator
{
    private readonly BoundDomain _domain;
    private readonly BoundRegime _regime;

    public ReferenceEvaluator(BoundDomain domain, BoundRegime regime)
    {
        _domain = domain;
        _regime = regime;
    }

    public string Name => _regime.Name;

    public IReadOnlyList<string> Facts => _domain.Facts.Select(f => f.Name).ToList();

    public IReadOnlyList<string> Groups => _regime.Groups.Select(g => g.Name).ToList();

    public string KindOf(string requirement) =>
        _regime.Requirements.Single(r => r.Name == requirement).Kind.ToString().ToLowerInvariant();

    public (int Min, int Max) Range(string fact)
    {
        var f = FindFact(fact);
        return (f.Min, f.Max);
    }

    public int Encode(string fact, string value)
    {
        var f = FindFact(fact);
        switch (f.Type)
        {
            case FactType.Enum:
                var members = _domain.Enums.Single(e => e.Name == f.EnumName).Members.Select(m => m.Name).ToList();
                var index = members.IndexOf(value);
                if (index < 0) throw new ArgumentException($"{value} is not a member of {f.EnumName}");
                return index;
            case FactType.Bool:
                return bool.Parse(value) ? 1 : 0;
            case FactType.Date:
                return SpecDate.TryParse(value, out var day) ? day : throw new ArgumentException($"{value} is not a date");
            default:
                return int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public string Classify(int[] facts)
    {
        var matches = _regime.Groups.Where(g => Holds(g.Condition, facts)).Select(g => g.Name).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException($"{_regime.Name}: the citizen falls in {matches.Count} groups ({string.Join(", ", matches)})");
    }

    public IReadOnlyList<string> Due(int[] facts, string group, int spellWeek, int cumulativeWeeks, DateOnly weekStart)
    {
        var groupIndex = _regime.Groups.Single(g => g.Name == group).Index;
        var day = weekStart.DayNumber;
        var due = new List<string>();
        foreach (var r in _regime.Requirements)
        {
            if (!r.Groups.Contains(groupIndex)) continue;
            if (r.FromDay is int from && day < from) continue;
            if (r.UntilDay is int until && day >= until) continue;
            if (r.Condition is not null && !Holds(r.Condition, facts)) continue;
            if (r.Exemptions.Any(e => Holds(e.Condition, facts))) continue;
            if (Fires(r.Schedule, groupIndex, spellWeek, cumulativeWeeks, day)) due.Add(r.Name);
        }
        due.Sort(StringComparer.Ordinal);
        return due;
    }

    private bool Fires(BoundSchedule s, int group, int week, int cumulative, int day)
    {
        double V(BoundOperand? o) => o is null ? double.NaN : Resolve(o, group, day);
        switch (s.Kind)
        {
            case ScheduleKind.OnceWithin:
                return week == V(s.Weeks) - 1;
            case ScheduleKind.TimesWithin:
                {
                    double k = V(s.Count), a = V(s.From), b = V(s.Until);
                    for (var i = 0; i < k; i++)
                    {
                        if (week == a + Math.Floor(i * (b - a) / k)) return true;
                    }
                    return false;
                }
            case ScheduleKind.Every:
                {
                    double n = V(s.Weeks), a = V(s.From);
                    if (week < a) return false;
                    if (s.Until is not null && week >= V(s.Until)) return false;
                    return (week - a) % n == 0;
                }
            case ScheduleKind.AfterCumulative:
                return cumulative == V(s.Weeks);
            default:
                return false;
        }
    }

    /// <summary>A value for the group beats one for every group; outside every dated interval the value is NaN, so nothing fires.</summary>
    private double Resolve(BoundOperand operand, int group, int day)
    {
        if (!operand.IsParameter) return operand.Constant;
        var values = _regime.Parameters.Single(p => p.Index == operand.ParameterIndex).Values
            .Where(v => (v.FromDay is null || v.FromDay <= day) && (v.UntilDay is null || day < v.UntilDay))
            .ToList();
        var own = values.FirstOrDefault(v => v.GroupIndex == group);
        var any = values.FirstOrDefault(v => v.GroupIndex == -1);
        return own?.Value ?? any?.Value ?? double.NaN;
    }

    private static bool Holds(BoundExpr e, int[] f) => e switch
    {
        BoundLiteral l => l.Value,
        BoundCompare c => c.Op switch
        {
            CompareOp.Equal => f[c.Slot] == c.Value,
            CompareOp.NotEqual => f[c.Slot] != c.Value,
            CompareOp.Less => f[c.Slot] < c.Value,
            CompareOp.LessOrEqual => f[c.Slot] <= c.Value,
            CompareOp.Greater => f[c.Slot] > c.Value,
            _ => f[c.Slot] >= c.Value,
        },
        BoundInSet s => s.Values.Contains(f[s.Slot]) != s.Negated,
        BoundNot n => !Holds(n.Operand, f),
        BoundAnd a => Holds(a.Left, f) && Holds(a.Right, f),
        BoundOr o => Holds(o.Left, f) || Holds(o.Right, f),
        _ => throw new NotSupportedException(e.GetType().Name),
    };

    private BoundFact FindFact(string name) =>
        _domain.Facts.SingleOrDefault(f => f.Name == name) ?? throw new ArgumentException($"No fact {name} in {_domain.Name}");
}
