using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Emit;

/// <summary>
/// What the code has learnt about the citizen's fact slots at a point of Classify's decision
/// tree: for each slot, the int values it can still hold, as sorted disjoint intervals. It
/// starts knowing nothing (every int, since a citizen built from raw slots may hold any value,
/// declared or not) and learns from the tests taken on the way: a <c>case</c> of the switch,
/// an <c>if</c> that held or did not. Immutable.
/// </summary>
internal sealed class FactKnowledge
{
    public static readonly FactKnowledge None = new(new Dictionary<int, Interval[]>());

    private static readonly Interval[] Everything = { new(int.MinValue, int.MaxValue) };

    private readonly Dictionary<int, Interval[]> _allowed;

    private FactKnowledge(Dictionary<int, Interval[]> allowed) => _allowed = allowed;

    /// <summary>Knowing also that the test holds (or, with <paramref name="holds"/> false, that it does not).</summary>
    public FactKnowledge Learn(BoundExpr test, bool holds)
    {
        var (slot, satisfying) = Satisfying(test);
        var set = holds ? satisfying : Complement(satisfying);
        var allowed = new Dictionary<int, Interval[]>(_allowed) { [slot] = Intersect(Allowed(slot), set) };
        return new FactKnowledge(allowed);
    }

    /// <summary>True or false when every value the slot can still hold decides the test the same way; null otherwise.</summary>
    public bool? Decide(BoundExpr test)
    {
        var (slot, satisfying) = Satisfying(test);
        var allowed = Allowed(slot);
        var inside = Intersect(allowed, satisfying);
        if (inside.Length == 0) return false;
        if (Intersect(allowed, Complement(satisfying)).Length == 0) return true;
        return null;
    }

    private Interval[] Allowed(int slot) => _allowed.TryGetValue(slot, out var a) ? a : Everything;

    /// <summary>The values a comparison or set test holds for, as intervals.</summary>
    private static (int Slot, Interval[] Values) Satisfying(BoundExpr test)
    {
        const long Min = int.MinValue, Max = int.MaxValue;
        switch (test)
        {
            case BoundCompare c:
                long v = c.Value;
                return (c.Slot, c.Op switch
                {
                    CompareOp.Equal => new[] { new Interval(v, v) },
                    CompareOp.NotEqual => Complement(new[] { new Interval(v, v) }),
                    CompareOp.Less => Span(Min, v - 1),
                    CompareOp.LessOrEqual => Span(Min, v),
                    CompareOp.Greater => Span(v + 1, Max),
                    CompareOp.GreaterOrEqual => Span(v, Max),
                    _ => throw new EmitException($"unknown comparison {c.Op}"),
                });
            case BoundInSet s:
                var members = Normalize(s.Values.Select(x => new Interval(x, x)));
                return (s.Slot, s.Negated ? Complement(members) : members);
            default:
                throw new EmitException($"{test.GetType().Name} is not a test of one fact");
        }
    }

    private static Interval[] Span(long lo, long hi) => lo > hi ? new Interval[0] : new[] { new Interval(lo, hi) };

    private static Interval[] Complement(Interval[] set)
    {
        var result = new List<Interval>();
        long next = int.MinValue;
        foreach (var i in set)
        {
            if (i.Lo > next) result.Add(new Interval(next, i.Lo - 1));
            next = i.Hi + 1;
        }
        if (next <= int.MaxValue) result.Add(new Interval(next, int.MaxValue));
        return result.ToArray();
    }

    private static Interval[] Intersect(Interval[] a, Interval[] b)
    {
        var result = new List<Interval>();
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var lo = System.Math.Max(a[i].Lo, b[j].Lo);
            var hi = System.Math.Min(a[i].Hi, b[j].Hi);
            if (lo <= hi) result.Add(new Interval(lo, hi));
            if (a[i].Hi < b[j].Hi) i++;
            else j++;
        }
        return result.ToArray();
    }

    /// <summary>Sorted, overlapping and adjacent intervals merged.</summary>
    private static Interval[] Normalize(IEnumerable<Interval> intervals)
    {
        var result = new List<Interval>();
        foreach (var i in intervals.OrderBy(x => x.Lo))
        {
            if (result.Count > 0 && i.Lo <= result[result.Count - 1].Hi + 1)
            {
                var last = result[result.Count - 1];
                result[result.Count - 1] = new Interval(last.Lo, System.Math.Max(last.Hi, i.Hi));
            }
            else result.Add(i);
        }
        return result.ToArray();
    }

    /// <summary>[Lo, Hi], both included; long so that v − 1 and v + 1 never overflow.</summary>
    private readonly struct Interval
    {
        public Interval(long lo, long hi)
        {
            Lo = lo;
            Hi = hi;
        }

        public long Lo { get; }

        public long Hi { get; }
    }
}
