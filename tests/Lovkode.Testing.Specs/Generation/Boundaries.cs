using Lovkode.Testing.Specs.Model;

namespace Lovkode.Testing.Specs.Generation;

/// <summary>The values of a spec where behaviour changes, each with its neighbours: what the citizen generator aims at.</summary>
public static class Boundaries
{
    /// <summary>Per fact, the constants conditions compare it with ±1 and its range's ends, kept within the range.</summary>
    public static IReadOnlyDictionary<int, int[]> FactValues(SpecModel spec)
    {
        var found = new Dictionary<int, HashSet<int>>();
        void Add(int fact, int value)
        {
            if (!found.TryGetValue(fact, out var set)) found[fact] = set = [];
            foreach (var v in new[] { value - 1, value, value + 1 })
            {
                if (v >= spec.Facts[fact].Min && v <= spec.Facts[fact].Max) set.Add(v);
            }
        }
        void Walk(Condition? c)
        {
            switch (c)
            {
                case Compare k: Add(k.Fact, k.Value); break;
                case InSet s: foreach (var m in s.Members) Add(s.Fact, m); break;
                case Not n: Walk(n.Operand); break;
                case And a: Walk(a.Left); Walk(a.Right); break;
                case Or o: Walk(o.Left); Walk(o.Right); break;
                case Paren p: Walk(p.Inner); break;
            }
        }
        for (var i = 0; i < spec.Facts.Count; i++)
        {
            Add(i, spec.Facts[i].Min);
            Add(i, spec.Facts[i].Max);
        }
        foreach (var g in spec.Groups) Walk(g.Condition);
        foreach (var r in spec.Requirements)
        {
            Walk(r.When);
            foreach (var e in r.Exemptions) Walk(e.Condition);
        }
        foreach (var e in spec.Supervisions.SelectMany(s => s.Exemptions)) Walk(e.Condition);
        return found.ToDictionary(kv => kv.Key, kv => kv.Value.Order().ToArray());
    }

    /// <summary>Every date the spec names (dated values, rules in force, overrides, the effective date), ±1 day.</summary>
    public static int[] Days(SpecModel spec)
    {
        var days = new List<int?> { spec.Header.EffectiveDay };
        days.AddRange(spec.Parameters.SelectMany(p => p.Lines).SelectMany(l => new[] { l.FromDay, l.UntilDay }));
        days.AddRange(spec.Requirements.SelectMany(r => new[] { r.FromDay, r.UntilDay }));
        days.AddRange(spec.Overrides.SelectMany(o => new[] { o.FromDay, o.UntilDay }));
        var all = days.OfType<int>().SelectMany(d => new[] { d - 1, d, d + 1 }).Distinct().Order().ToArray();
        return all.Length == 0 ? [ParameterGen.FirstDay] : all;
    }

    /// <summary>Every week an operand can be (constants and parameter values), ±1, never negative.</summary>
    public static int[] Weeks(SpecModel spec)
    {
        var values = new HashSet<int> { 0, 1 };
        void Add(Amount? a)
        {
            if (a is null) return;
            var candidates = a.IsParameter
                ? spec.Parameters[a.Parameter].Lines.Select(l => l.Value).Concat(spec.Overrides.Where(o => o.Parameter == a.Parameter).Select(o => o.Value))
                : [a.Constant];
            foreach (var v in candidates)
            {
                for (var d = -1; d <= 1; d++)
                {
                    if (v + d >= 0 && v + d < 1000) values.Add((int)(v + d));
                }
            }
        }
        foreach (var s in spec.Requirements.Select(r => r.Schedule))
        {
            Add(s.Count);
            Add(s.Weeks);
            Add(s.From);
            Add(s.Until);
        }
        return values.Order().ToArray();
    }
}
