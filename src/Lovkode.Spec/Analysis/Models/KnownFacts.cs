using System.Collections.Generic;
using Lovkode.Spec.Analysis.FiniteDomain;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Analysis.Models;

/// <summary>
/// A condition over a person of whom only some facts are known (a cohort's key, a move's
/// settings): true, false, or unknown until the other facts are drawn. And which facts a
/// condition reads.
/// </summary>
internal static class KnownFacts
{
    public static Truth Evaluate(BoundExpr expr, IReadOnlyDictionary<int, int> known)
    {
        switch (expr)
        {
            case BoundLiteral l:
                return l.Value ? Truth.True : Truth.False;
            case BoundCompare c:
                if (!known.TryGetValue(c.Slot, out var v)) return Truth.Unknown;
                return Of(c.Op switch
                {
                    CompareOp.Equal => v == c.Value,
                    CompareOp.NotEqual => v != c.Value,
                    CompareOp.Less => v < c.Value,
                    CompareOp.LessOrEqual => v <= c.Value,
                    CompareOp.Greater => v > c.Value,
                    _ => v >= c.Value,
                });
            case BoundInSet s:
                if (!known.TryGetValue(s.Slot, out var m)) return Truth.Unknown;
                var inSet = false;
                foreach (var x in s.Values) inSet |= x == m;
                return Of(inSet != s.Negated);
            case BoundNot n:
                var inner = Evaluate(n.Operand, known);
                return inner == Truth.Unknown ? Truth.Unknown : Of(inner == Truth.False);
            case BoundAnd a:
                var left = Evaluate(a.Left, known);
                if (left == Truth.False) return Truth.False;
                var right = Evaluate(a.Right, known);
                if (right == Truth.False) return Truth.False;
                return left == Truth.True && right == Truth.True ? Truth.True : Truth.Unknown;
            case BoundOr o:
                var l2 = Evaluate(o.Left, known);
                if (l2 == Truth.True) return Truth.True;
                var r2 = Evaluate(o.Right, known);
                if (r2 == Truth.True) return Truth.True;
                return l2 == Truth.False && r2 == Truth.False ? Truth.False : Truth.Unknown;
            default:
                return Truth.Unknown;
        }
    }

    /// <summary>The slots a condition reads.</summary>
    public static void Slots(BoundExpr expr, ICollection<int> into)
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

    public static Dictionary<int, int> Of(IEnumerable<BoundFactSetting> settings)
    {
        var known = new Dictionary<int, int>();
        foreach (var s in settings) known[s.Slot] = s.Value;
        return known;
    }

    private static Truth Of(bool value) => value ? Truth.True : Truth.False;
}
