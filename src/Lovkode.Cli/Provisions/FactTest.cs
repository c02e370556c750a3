using Lovkode.Runtime;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Cli.Provisions;

/// <summary>A bound condition made ready to test a citizen: one delegate per node, built once per regime.</summary>
internal delegate bool FactTest(in Citizen citizen);

/// <summary>
/// Turns a <see cref="BoundExpr"/> into a <see cref="FactTest"/> with the meaning
/// Lovkode.Spec/Evaluation/ConditionEvaluator.cs gives it (the oracle the generated code is
/// held to): comparisons of one int slot with a constant, set membership, not, and, or.
/// </summary>
internal static class FactTests
{
    public static readonly FactTest Always = static (in Citizen _) => true;

    public static readonly FactTest Never = static (in Citizen _) => false;

    public static FactTest Of(BoundExpr expr) => expr switch
    {
        BoundLiteral l => l.Value ? Always : Never,
        BoundCompare c => Compare(c.Slot, c.Op, c.Value),
        BoundInSet s => InSet(s.Slot, s.Values.ToArray(), s.Negated),
        BoundNot n => Not(Of(n.Operand)),
        BoundAnd a => And(Of(a.Left), Of(a.Right)),
        BoundOr o => Or(Of(o.Left), Of(o.Right)),
        _ => Never,
    };

    private static FactTest Not(FactTest inner) => (in Citizen c) => !inner(in c);

    private static FactTest And(FactTest left, FactTest right) => (in Citizen c) => left(in c) && right(in c);

    private static FactTest Or(FactTest left, FactTest right) => (in Citizen c) => left(in c) || right(in c);

    private static FactTest Compare(int slot, CompareOp op, int value) => op switch
    {
        CompareOp.Equal => (in Citizen c) => c[slot] == value,
        CompareOp.NotEqual => (in Citizen c) => c[slot] != value,
        CompareOp.Less => (in Citizen c) => c[slot] < value,
        CompareOp.LessOrEqual => (in Citizen c) => c[slot] <= value,
        CompareOp.Greater => (in Citizen c) => c[slot] > value,
        CompareOp.GreaterOrEqual => (in Citizen c) => c[slot] >= value,
        _ => Never,
    };

    /// <summary>Membership by a table over the values' range (enum ordinals are small), or a scan when the range is wide.</summary>
    private static FactTest InSet(int slot, int[] values, bool negated)
    {
        if (values.Length == 0) return negated ? Always : Never;
        var min = values.Min();
        var span = (long)values.Max() - min + 1;
        if (span <= 4096)
        {
            var table = new bool[span];
            foreach (var v in values) table[v - min] = true;
            return (in Citizen c) =>
            {
                var offset = (long)c[slot] - min;
                return (offset >= 0 && offset < table.Length && table[offset]) != negated;
            };
        }
        return (in Citizen c) => Array.IndexOf(values, c[slot]) >= 0 != negated;
    }
}
