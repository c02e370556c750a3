using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Emit;

/// <summary>
/// A bound rule written back in the words of the .rules language (<c>benefit = Dagpenge and
/// age &gt;= 30</c>, <c>6 times within weeks 0..26</c>), for doc comments, metadata and traces.
/// It is the readable explanation of what the generated code computes.
/// </summary>
public sealed partial class RuleText
{
    private readonly BoundDomain _domain;
    private readonly BoundRegime? _regime;

    public RuleText(BoundDomain domain, BoundRegime regime)
    {
        _domain = domain;
        _regime = regime;
    }

    /// <summary>For conditions alone, as a model states them (no groups or parameters to name).</summary>
    public RuleText(BoundDomain domain)
    {
        _domain = domain;
    }

    public string Condition(BoundExpr expr) => Condition(expr, 0);

    public string Schedule(BoundSchedule s) => s.Kind switch
    {
        ScheduleKind.OnceWithin => $"once within {Operand(s.Weeks)} weeks",
        ScheduleKind.TimesWithin => $"{Operand(s.Count)} times within weeks {Operand(s.From)}..{Operand(s.Until)}",
        ScheduleKind.Every => s.Until is null
            ? $"every {Operand(s.Weeks)} weeks from week {Operand(s.From)}"
            : $"every {Operand(s.Weeks)} weeks from week {Operand(s.From)} until week {Operand(s.Until)}",
        ScheduleKind.AfterCumulative => $"once after {Operand(s.Weeks)} cumulative weeks",
        _ => s.Kind.ToString(),
    };

    public string Operand(BoundOperand? o) =>
        o is null ? "?" : o.IsParameter ? (o.ParameterName ?? ParameterName(o.ParameterIndex)) : o.Constant.ToString("R", CultureInfo.InvariantCulture);

    public string Costs(IEnumerable<BoundCost> costs) =>
        string.Join(", ", costs.Select(c => c.Component == CostComponent.Dkk
            ? $"dkk {Operand(c.Amount)}"
            : $"{ComponentWord(c.Component)} {Operand(c.Amount)} minutes"));

    public string InForce(int? from, int? until) => (from, until) switch
    {
        (null, null) => "always",
        (int f, null) => $"from {SpecDate.Format(f)}",
        (null, int u) => $"until {SpecDate.Format(u)}",
        (int f, int u) => $"from {SpecDate.Format(f)} until {SpecDate.Format(u)}",
    };

    public string GroupNames(IEnumerable<int> groups) => string.Join(", ", groups.Select(GroupName));

    private string GroupName(int g) => _regime is not null && g >= 0 && g < _regime.Groups.Count ? _regime.Groups[g].Name : "?";

    public static string Citation(Citation? c) => c is null ? "(no citation)" : c.IsAssumption ? $"assumed: {c.Text}" : $"§ {c.Text}";

    public static string ComponentWord(CostComponent c) => c switch
    {
        CostComponent.FollowUp => "follow-up",
        _ => c.ToString().ToLowerInvariant(),
    };

    private string Condition(BoundExpr expr, int parentPrecedence)
    {
        // Precedence as the language binds: or 1, and 2, not 3, comparisons 4.
        switch (expr)
        {
            case BoundLiteral l:
                return l.Value ? "true" : "false";
            case BoundCompare c:
                return Compare(c);
            case BoundInSet s:
                return $"{FactName(s.Slot)} {(s.Negated ? "not in" : "in")} {{{string.Join(", ", s.Values.Select(v => Value(s.Slot, v)))}}}";
            case BoundNot n:
                return Wrap($"not {Condition(n.Operand, 3)}", 3, parentPrecedence);
            case BoundAnd a:
                return Wrap($"{Condition(a.Left, 2)} and {Condition(a.Right, 2)}", 2, parentPrecedence);
            case BoundOr o:
                return Wrap($"{Condition(o.Left, 1)} or {Condition(o.Right, 1)}", 1, parentPrecedence);
            default:
                return "?";
        }
    }

    private static string Wrap(string text, int precedence, int parent) => precedence < parent ? $"({text})" : text;

    private string Compare(BoundCompare c)
    {
        var fact = Fact(c.Slot);
        if (fact?.Type == FactType.Bool && (c.Op == CompareOp.Equal || c.Op == CompareOp.NotEqual))
        {
            var positive = (c.Op == CompareOp.Equal) == (c.Value != 0);
            return positive ? fact.Name : $"not {fact.Name}";
        }
        var op = c.Op switch
        {
            CompareOp.Equal => "=",
            CompareOp.NotEqual => "!=",
            CompareOp.Less => "<",
            CompareOp.LessOrEqual => "<=",
            CompareOp.Greater => ">",
            _ => ">=",
        };
        return $"{FactName(c.Slot)} {op} {Value(c.Slot, c.Value)}";
    }

    private string Value(int slot, int value)
    {
        var fact = Fact(slot);
        switch (fact?.Type)
        {
            case FactType.Enum:
                var e = _domain.Enums.FirstOrDefault(x => x.Name == fact.EnumName);
                return e is not null && value >= 0 && value < e.Members.Count ? e.Members[value].Name : value.ToString(CultureInfo.InvariantCulture);
            case FactType.Bool:
                return value != 0 ? "true" : "false";
            case FactType.Date:
                return SpecDate.Format(value);
            default:
                return value.ToString(CultureInfo.InvariantCulture);
        }
    }

    private string FactName(int slot) => Fact(slot)?.Name ?? $"fact{slot}";

    private BoundFact? Fact(int slot) => _domain.Facts.FirstOrDefault(f => f.Slot == slot);

    private string ParameterName(int index) => _regime is not null && index >= 0 && index < _regime.Parameters.Count ? _regime.Parameters[index].Name : $"parameter{index}";
}
