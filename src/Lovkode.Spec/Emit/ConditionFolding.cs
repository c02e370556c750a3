using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;

namespace Lovkode.Spec.Emit;

/// <summary>
/// A condition partially evaluated for one known fact value: every test of that fact becomes
/// true or false, and the literals fold away (<c>false and x</c> is false, <c>true and x</c> is
/// x, …). Conditions read facts and nothing else, so dropping a test that can no longer change
/// the result changes no answer; the folded condition holds for a citizen with that value
/// exactly when the original does. Classify's decision tree is built from these.
/// </summary>
internal static class ConditionFolding
{
    /// <summary>
    /// The literals folded away, nothing assumed: a condition that is always true or always
    /// false becomes a <see cref="BoundLiteral"/>, so no <c>if (true)</c> (and no unreachable
    /// code after it) is ever emitted.
    /// </summary>
    public static BoundExpr Fold(BoundExpr expr) => Assume(expr, -1, 0);

    public static BoundExpr Assume(BoundExpr expr, int slot, int value)
    {
        switch (expr)
        {
            case BoundInSet s when s.Values.IsEmpty:
                return new BoundLiteral(s.Negated, s.Span);
            case BoundCompare c when c.Slot == slot:
                return new BoundLiteral(Holds(value, c.Op, c.Value), c.Span);
            case BoundInSet s when s.Slot == slot:
                return new BoundLiteral(s.Values.Contains(value) != s.Negated, s.Span);
            case BoundNot n:
                var operand = Assume(n.Operand, slot, value);
                return operand is BoundLiteral l ? new BoundLiteral(!l.Value, n.Span) : n with { Operand = operand };
            case BoundAnd a:
                {
                    var left = Assume(a.Left, slot, value);
                    if (left is BoundLiteral { Value: false }) return left;
                    var right = Assume(a.Right, slot, value);
                    if (right is BoundLiteral { Value: false }) return right;
                    if (left is BoundLiteral) return right;
                    if (right is BoundLiteral) return left;
                    return a with { Left = left, Right = right };
                }
            case BoundOr o:
                {
                    var left = Assume(o.Left, slot, value);
                    if (left is BoundLiteral { Value: true }) return left;
                    var right = Assume(o.Right, slot, value);
                    if (right is BoundLiteral { Value: true }) return right;
                    if (left is BoundLiteral) return right;
                    if (right is BoundLiteral) return left;
                    return o with { Left = left, Right = right };
                }
            default:
                // Literals and tests of other facts are unchanged.
                return expr;
        }
    }

    /// <summary>The fact slots a condition tests.</summary>
    public static void Slots(BoundExpr expr, ISet<int> into)
    {
        switch (expr)
        {
            case BoundCompare c: into.Add(c.Slot); break;
            case BoundInSet s: into.Add(s.Slot); break;
            case BoundNot n: Slots(n.Operand, into); break;
            case BoundAnd a: Slots(a.Left, into); Slots(a.Right, into); break;
            case BoundOr o: Slots(o.Left, into); Slots(o.Right, into); break;
        }
    }

    /// <summary>How many fact tests the condition holds: the cost measure for choosing the fact to switch on.</summary>
    public static int Tests(BoundExpr expr) => expr switch
    {
        BoundCompare => 1,
        BoundInSet s => System.Math.Max(1, s.Values.Count),
        BoundNot n => Tests(n.Operand),
        BoundAnd a => Tests(a.Left) + Tests(a.Right),
        BoundOr o => Tests(o.Left) + Tests(o.Right),
        _ => 0,
    };

    /// <summary>The comparison as the interpreter (Evaluation/ConditionEvaluator.cs) makes it.</summary>
    private static bool Holds(int fact, CompareOp op, int value) => op switch
    {
        CompareOp.Equal => fact == value,
        CompareOp.NotEqual => fact != value,
        CompareOp.Less => fact < value,
        CompareOp.LessOrEqual => fact <= value,
        CompareOp.Greater => fact > value,
        CompareOp.GreaterOrEqual => fact >= value,
        _ => throw new EmitException($"unknown comparison {op}"),
    };
}
