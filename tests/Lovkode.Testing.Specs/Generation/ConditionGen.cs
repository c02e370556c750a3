using FsCheck;
using FsCheck.Fluent;
using Lovkode.Testing.Specs.Model;
using G = FsCheck.Fluent.Gen;

namespace Lovkode.Testing.Specs.Generation;

/// <summary>
/// Random conditions over a spec's facts, in every form the language has: <c>=</c>,
/// <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c> on numbers and dates, <c>=</c>
/// and <c>!=</c> on bools and enums, <c>in</c> and <c>not in</c> sets of members, a bare bool,
/// <c>true</c>/<c>false</c>, <c>not</c>, <c>and</c>, <c>or</c>, redundant parentheses.
/// Constants lie in the fact's range, now and then one step outside it (a warning, LK0113).
/// </summary>
public static class ConditionGen
{
    public static Gen<Condition> Atom(IReadOnlyList<FactModel> facts) =>
        G.Frequency(
            (20, G.Choose(0, facts.Count - 1).SelectMany(f => AtomOf(facts, f))),
            (1, G.Elements(true, false).Select(b => (Condition)new Literal(b))));

    public static Gen<Condition> AtomOf(IReadOnlyList<FactModel> facts, int f)
    {
        var fact = facts[f];
        var ops = Enum.GetValues<Op>();
        switch (fact.Kind)
        {
            case FactKind.Bool:
                // The language takes = and != on a bool fact, not 'in' (LK0012, issue 21).
                return G.Frequency(
                    (3, G.Constant((Condition)new Bare(f))),
                    (3, from op in G.Elements(Op.Eq, Op.Ne)
                        from v in G.Choose(0, 1)
                        select (Condition)new Compare(f, op, v)));
            case FactKind.Enum:
                return G.OneOf(
                    from op in G.Elements(Op.Eq, Op.Ne)
                    from v in G.Choose(0, fact.Max)
                    select (Condition)new Compare(f, op, v),
                    Set(f, G.Choose(0, fact.Max)));
            default:
                var value = G.Frequency((30, G.Choose(fact.Min, fact.Max)), (1, G.Elements(fact.Min - 1, fact.Max + 1).Where(x => x >= 0)));
                return G.Frequency(
                    (6, from op in G.Elements(ops)
                        from v in value
                        select (Condition)new Compare(f, op, v)),
                    (1, Set(f, value)));
        }
    }

    /// <summary>
    /// <c>in</c> / <c>not in</c> a set of 1–4 values, in any order and sometimes repeated (the
    /// binder sorts and deduplicates), on enum and number facts; a bool fact takes only = and !=.
    /// </summary>
    private static Gen<Condition> Set(int f, Gen<int> value) =>
        from values in G.Choose(1, 4).SelectMany(n => G.ArrayOf(value, n))
        from negated in G.Elements(false, true)
        select (Condition)new InSet(f, values, negated);

    /// <summary>A condition of at most <paramref name="depth"/> levels of not/and/or above its atoms.</summary>
    public static Gen<Condition> Small(IReadOnlyList<FactModel> facts, int depth)
    {
        if (depth <= 0) return Atom(facts);
        var sub = Small(facts, depth - 1);
        return G.Frequency(
            (4, Atom(facts)),
            (1, sub.Select(c => (Condition)new Not(c))),
            (2, from a in sub from b in sub select (Condition)new And(a, b)),
            (2, from a in sub from b in sub select (Condition)new Or(a, b)),
            (1, sub.Select(c => (Condition)new Paren(c))));
    }

    /// <summary>A condition that holds (<paramref name="holds"/>) or fails for the witness citizen, by negating a random one if needed.</summary>
    public static Gen<Condition> Satisfying(IReadOnlyList<FactModel> facts, int[] witness, bool holds) =>
        from c in Small(facts, 2)
        from style in G.Choose(0, 2)
        select c.Holds(witness) == holds ? c : Conditions.Negate(c, style);
}
