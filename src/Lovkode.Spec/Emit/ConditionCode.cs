using System.Linq;
using Lovkode.Spec.Binding.Model;

namespace Lovkode.Spec.Emit;

/// <summary>
/// A bound condition as a C# expression over the citizen's int slots: <c>citizen[0] == 1</c>.
/// Every fact is an int (enum ordinal, 0/1, number, day number), so a condition compiles to
/// integer comparisons only. Only validated numbers reach the text: no name, no string.
/// </summary>
internal static class ConditionCode
{
    public static string Of(BoundExpr expr, string citizen) => expr switch
    {
        BoundLiteral l => CSharpLiteral.Bool(l.Value),
        BoundCompare c => $"{Slot(citizen, c.Slot)} {Operator(c.Op)} {CSharpLiteral.Int(c.Value)}",
        BoundInSet s when s.Values.IsEmpty => CSharpLiteral.Bool(s.Negated),
        BoundInSet s => (s.Negated ? "!" : "") + "(" + string.Join(" || ", s.Values.Select(v => $"{Slot(citizen, s.Slot)} == {CSharpLiteral.Int(v)}")) + ")",
        BoundNot n => $"!({Of(n.Operand, citizen)})",
        BoundAnd a => $"({Of(a.Left, citizen)}) && ({Of(a.Right, citizen)})",
        BoundOr o => $"({Of(o.Left, citizen)}) || ({Of(o.Right, citizen)})",
        _ => throw new EmitException($"unknown condition node {expr.GetType().Name}"),
    };

    private static string Slot(string citizen, int slot)
    {
        if (slot < 0 || slot >= 32) throw new EmitException($"fact slot {slot} is out of range");
        return $"{citizen}[{CSharpLiteral.Int(slot)}]";
    }

    private static string Operator(CompareOp op) => op switch
    {
        CompareOp.Equal => "==",
        CompareOp.NotEqual => "!=",
        CompareOp.Less => "<",
        CompareOp.LessOrEqual => "<=",
        CompareOp.Greater => ">",
        CompareOp.GreaterOrEqual => ">=",
        _ => throw new EmitException($"unknown comparison {op}"),
    };
}
