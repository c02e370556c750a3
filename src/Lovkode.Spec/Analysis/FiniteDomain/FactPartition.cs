using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Analysis.FiniteDomain;

/// <summary>
/// The finite view of the fact domain that a set of conditions needs: only the facts the
/// conditions mention, each split into value classes at the constants the conditions name.
/// A whole-number fact 0..120 compared with 18 and 30 has three classes, an enum of 98
/// municipalities that no condition reads is not there at all, and a date range is cut at
/// the dates the conditions compare with.
/// </summary>
internal sealed class FactPartition
{
    private FactPartition(BoundDomain domain, int[] slots, ValueClass[][] classes)
    {
        Domain = domain;
        Slots = slots;
        Classes = classes;
    }

    public BoundDomain Domain { get; }

    /// <summary>The fact slots the conditions mention, ascending.</summary>
    public int[] Slots { get; }

    /// <summary>Per position in <see cref="Slots"/>, the fact's value classes, ascending.</summary>
    public ValueClass[][] Classes { get; }

    public int PositionOf(int slot) => System.Array.IndexOf(Slots, slot);

    public static FactPartition Build(BoundDomain domain, IEnumerable<BoundExpr> conditions)
    {
        var cutsBySlot = new SortedDictionary<int, SortedSet<long>>();
        foreach (var condition in conditions) CollectCuts(condition, cutsBySlot);

        var slots = cutsBySlot.Keys.ToArray();
        var classes = new ValueClass[slots.Length][];
        for (var i = 0; i < slots.Length; i++)
        {
            var (min, max) = RangeOf(domain, slots[i]);
            classes[i] = Split(min, max, cutsBySlot[slots[i]]);
        }
        return new FactPartition(domain, slots, classes);
    }

    /// <summary>The value that stands for a class in a counterexample: the last value below a cut reads best ("age=29").</summary>
    public int Representative(int position, int classIndex)
    {
        var c = Classes[position][classIndex];
        var (_, max) = RangeOf(Domain, Slots[position]);
        return c.Hi == max ? c.Lo : c.Hi;
    }

    internal static (long Min, long Max) RangeOf(BoundDomain domain, int slot)
    {
        foreach (var fact in domain.Facts)
        {
            if (fact.Slot == slot) return (fact.Min, fact.Max);
        }
        // A slot the domain lacks is a binding error reported elsewhere; analyse it as unbounded.
        return (int.MinValue, int.MaxValue);
    }

    private static ValueClass[] Split(long min, long max, SortedSet<long> cuts)
    {
        var result = new List<ValueClass>();
        if (min > max) return result.ToArray();
        var lo = min;
        foreach (var cut in cuts)
        {
            if (cut <= lo || cut > max) continue;
            result.Add(new ValueClass((int)lo, (int)(cut - 1)));
            lo = cut;
        }
        result.Add(new ValueClass((int)lo, (int)max));
        return result.ToArray();
    }

    private static void CollectCuts(BoundExpr expr, SortedDictionary<int, SortedSet<long>> cuts)
    {
        switch (expr)
        {
            case BoundCompare c:
                var set = CutsOf(cuts, c.Slot);
                switch (c.Op)
                {
                    case CompareOp.Equal:
                    case CompareOp.NotEqual:
                        set.Add(c.Value);
                        set.Add((long)c.Value + 1);
                        break;
                    case CompareOp.Less:
                    case CompareOp.GreaterOrEqual:
                        set.Add(c.Value);
                        break;
                    case CompareOp.LessOrEqual:
                    case CompareOp.Greater:
                        set.Add((long)c.Value + 1);
                        break;
                }
                break;
            case BoundInSet s:
                var inCuts = CutsOf(cuts, s.Slot);
                foreach (var v in s.Values)
                {
                    inCuts.Add(v);
                    inCuts.Add((long)v + 1);
                }
                break;
            case BoundNot n:
                CollectCuts(n.Operand, cuts);
                break;
            case BoundAnd a:
                CollectCuts(a.Left, cuts);
                CollectCuts(a.Right, cuts);
                break;
            case BoundOr o:
                CollectCuts(o.Left, cuts);
                CollectCuts(o.Right, cuts);
                break;
        }
    }

    private static SortedSet<long> CutsOf(SortedDictionary<int, SortedSet<long>> cuts, int slot)
    {
        if (!cuts.TryGetValue(slot, out var set))
        {
            set = new SortedSet<long>();
            cuts.Add(slot, set);
        }
        return set;
    }
}
