using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Evaluation;

/// <summary>Whether a bound condition holds for a citizen's fact slots.</summary>
public static class ConditionEvaluator
{
    public static bool Holds(BoundExpr expr, IReadOnlyList<int> facts) => expr switch
    {
        BoundLiteral l => l.Value,
        BoundCompare c => Compare(facts[c.Slot], c.Op, c.Value),
        BoundInSet s => s.Values.Contains(facts[s.Slot]) != s.Negated,
        BoundNot n => !Holds(n.Operand, facts),
        BoundAnd a => Holds(a.Left, facts) && Holds(a.Right, facts),
        BoundOr o => Holds(o.Left, facts) || Holds(o.Right, facts),
        _ => false,
    };

    private static bool Compare(int fact, CompareOp op, int value) => op switch
    {
        CompareOp.Equal => fact == value,
        CompareOp.NotEqual => fact != value,
        CompareOp.Less => fact < value,
        CompareOp.LessOrEqual => fact <= value,
        CompareOp.Greater => fact > value,
        CompareOp.GreaterOrEqual => fact >= value,
        _ => false,
    };
}
