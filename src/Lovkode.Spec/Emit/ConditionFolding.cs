using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Emit;

/// <summary>
/// A condition partially evaluated with what is known of the facts (<see cref="FactKnowledge"/>):
/// every test that the known values decide becomes true or false, and the literals fold away
/// (<c>false and x</c> is false, <c>true and x</c> is x, …). Conditions read facts and nothing
/// else, so dropping a test that can no longer change the result changes no answer: the folded
/// condition holds for a citizen the knowledge is true of exactly when the original does.
/// Classify's decision tree is built from these.
/// </summary>
internal static class ConditionFolding
{
    /// <summary>
    /// The literals folded away, nothing assumed: a condition that is always true or always
    /// false becomes a <see cref="BoundLiteral"/>, so no <c>if (true)</c> (and no unreachable
    /// code after it) is ever emitted.
    /// </summary>
    public static BoundExpr Fold(BoundExpr expr) => Fold(expr, FactKnowledge.None);

    /// <summary>Folded for a citizen whose fact in <paramref name="slot"/> is <paramref name="value"/>.</summary>
    public static BoundExpr Assume(BoundExpr expr, int slot, int value) =>
        Fold(expr, FactKnowledge.None.Learn(new BoundCompare(slot, CompareOp.Equal, value, expr.Span), holds: true));

    public static BoundExpr Fold(BoundExpr expr, FactKnowledge known)
    {
        switch (expr)
        {
            case BoundCompare or BoundInSet:
                return known.Decide(expr) is bool decided ? new BoundLiteral(decided, expr.Span) : expr;
            case BoundNot n:
                var operand = Fold(n.Operand, known);
                return operand is BoundLiteral l ? new BoundLiteral(!l.Value, n.Span) : n with { Operand = operand };
            case BoundAnd a:
                {
                    var left = Fold(a.Left, known);
                    if (left is BoundLiteral { Value: false }) return left;
                    var right = Fold(a.Right, known);
                    if (right is BoundLiteral { Value: false }) return right;
                    if (left is BoundLiteral) return right;
                    if (right is BoundLiteral) return left;
                    return a with { Left = left, Right = right };
                }
            case BoundOr o:
                {
                    var left = Fold(o.Left, known);
                    if (left is BoundLiteral { Value: true }) return left;
                    var right = Fold(o.Right, known);
                    if (right is BoundLiteral { Value: true }) return right;
                    if (left is BoundLiteral) return right;
                    if (right is BoundLiteral) return left;
                    return o with { Left = left, Right = right };
                }
            default:
                // A literal stays as it is.
                return expr;
        }
    }

    /// <summary>The test a condition makes first (its leftmost comparison or set test); the condition must not be a literal.</summary>
    public static BoundExpr FirstTest(BoundExpr expr) => expr switch
    {
        BoundCompare or BoundInSet => expr,
        BoundNot n => FirstTest(n.Operand),
        BoundAnd a => FirstTest(a.Left),
        BoundOr o => FirstTest(o.Left),
        _ => throw new EmitException($"{expr.GetType().Name} holds no test"),
    };

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
}
