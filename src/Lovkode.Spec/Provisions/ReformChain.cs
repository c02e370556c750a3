using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding;

namespace Lovkode.Spec.Provisions;

/// <summary>
/// The regimes between a baseline and the regimes of a reform arm: each must be the baseline or
/// extend it, through any number of reforms. The regimes after the baseline, bases first, are
/// the chain whose statements are the provisions; the baseline and its own bases are bound as
/// they are.
/// </summary>
internal sealed class ReformChain
{
    private ReformChain(IReadOnlyList<RegimeUnit> units, IReadOnlyList<RegimeUnit> chain)
    {
        Units = units;
        Chain = chain;
    }

    /// <summary>Every regime needed, bases first: the baseline's ancestors, the baseline, the chain.</summary>
    public IReadOnlyList<RegimeUnit> Units { get; }

    /// <summary>The regimes after the baseline, each after its base.</summary>
    public IReadOnlyList<RegimeUnit> Chain { get; }

    public static ReformChain? Find(IReadOnlyList<RegimeUnit> all, string baseline, IReadOnlyList<string> regimes, out string? problem)
    {
        problem = null;
        var byName = new Dictionary<string, RegimeUnit>(System.StringComparer.Ordinal);
        foreach (var unit in all)
        {
            if (!byName.ContainsKey(unit.Header.Name.Text)) byName.Add(unit.Header.Name.Text, unit);
        }
        if (!byName.ContainsKey(baseline))
        {
            problem = $"the baseline {baseline} is not a regime of these files";
            return null;
        }
        var units = new List<RegimeUnit>();
        var chain = new List<RegimeUnit>();
        foreach (var name in Enumerable.Reverse(Ancestry(byName, baseline, out _))) Add(units, byName[name]);
        foreach (var regime in regimes)
        {
            if (!byName.ContainsKey(regime))
            {
                problem = $"{regime} is not a regime of these files";
                return null;
            }
            var line = Ancestry(byName, regime, out var cycle);
            if (cycle)
            {
                problem = $"{regime} extends itself through its bases";
                return null;
            }
            var at = line.IndexOf(baseline);
            if (at < 0)
            {
                problem = $"{regime} does not extend {baseline} (its bases: {(line.Count > 1 ? string.Join(" → ", line.Skip(1)) : "none")}), so its difference from the baseline is not a set of statements to split";
                return null;
            }
            foreach (var name in line.Take(at).Reverse())
            {
                Add(units, byName[name]);
                Add(chain, byName[name]);
            }
        }
        return new ReformChain(units, chain);
    }

    private static void Add(List<RegimeUnit> list, RegimeUnit unit)
    {
        if (!list.Contains(unit)) list.Add(unit);
    }

    /// <summary>The regime, its base, its base's base, …, as far as the names go.</summary>
    private static List<string> Ancestry(Dictionary<string, RegimeUnit> byName, string name, out bool cycle)
    {
        var line = new List<string>();
        cycle = false;
        var current = name;
        while (current is not null && byName.TryGetValue(current, out var unit))
        {
            if (line.Contains(current))
            {
                cycle = true;
                break;
            }
            line.Add(current);
            current = unit.Header.Extends?.Text;
        }
        return line;
    }
}
