using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Provisions;

/// <summary>
/// Turns statements into provisions: statements that need each other (directly or through
/// others) are one provision, the others one each; then every provision is bound with what it
/// requires, and one that does not bind learns, by binding, which further provisions it needs
/// (which may merge provisions again). Ends when every provision binds with its requirements.
/// </summary>
internal sealed class ProvisionGrouping
{
    private readonly IReadOnlyList<Statement> _statements;
    private readonly List<HashSet<int>> _requires;
    private readonly CoalitionBinder _binder;
    private readonly List<int> _players;

    public ProvisionGrouping(IReadOnlyList<Statement> statements, List<HashSet<int>> requires, CoalitionBinder binder)
    {
        _statements = statements;
        _requires = requires;
        _binder = binder;
        _players = statements.Where(s => !s.IsBookkeeping).Select(s => s.Index).ToList();
        Groups = new List<List<int>>();
    }

    /// <summary>The provisions, each a list of statement indices (the first leads), in chain order.</summary>
    public List<List<int>> Groups { get; private set; }

    private int[] _groupOf = new int[0];

    public IEnumerable<int> RequiresOf(int group) =>
        Groups[group].SelectMany(s => _requires[s]).Select(s => _groupOf[s]).Where(g => g >= 0 && g != group).Distinct();

    public void Settle()
    {
        for (var round = 0; round <= _players.Count; round++)
        {
            Merge();
            var added = false;
            for (var g = 0; g < Groups.Count; g++)
            {
                var closure = Closure(Only(g));
                if (Binds(closure)) continue;
                foreach (var needed in Needed(closure))
                {
                    added |= _requires[Groups[g][0]].Add(Groups[needed][0]);
                }
            }
            if (!added) return;
        }
    }

    /// <summary>Strongly connected statements (each reaches the other through requirements) become one group.</summary>
    private void Merge()
    {
        var n = _statements.Count;
        var reach = new bool[n, n];
        foreach (var s in _players)
        {
            foreach (var r in _requires[s]) reach[s, r] = true;
        }
        foreach (var k in _players)
        {
            foreach (var i in _players)
            {
                if (!reach[i, k]) continue;
                foreach (var j in _players)
                {
                    if (reach[k, j]) reach[i, j] = true;
                }
            }
        }
        _groupOf = Enumerable.Repeat(-1, n).ToArray();
        var groups = new List<List<int>>();
        foreach (var s in _players)
        {
            if (_groupOf[s] >= 0) continue;
            var members = _players.Where(t => t == s || (reach[s, t] && reach[t, s])).ToList();
            foreach (var m in members) _groupOf[m] = groups.Count;
            groups.Add(members);
        }
        Groups = groups;
    }

    private bool[] Only(int group)
    {
        var set = new bool[Groups.Count];
        set[group] = true;
        return set;
    }

    /// <summary>The group and everything it requires, transitively.</summary>
    private bool[] Closure(bool[] seed)
    {
        var set = (bool[])seed.Clone();
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var g = 0; g < Groups.Count; g++)
            {
                if (!set[g]) continue;
                foreach (var r in RequiresOf(g))
                {
                    if (set[r]) continue;
                    set[r] = true;
                    changed = true;
                }
            }
        }
        return set;
    }

    /// <summary>The largest part of the set whose requirements are all in it.</summary>
    private bool[] Interior(bool[] seed)
    {
        var set = (bool[])seed.Clone();
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var g = 0; g < Groups.Count; g++)
            {
                if (!set[g] || RequiresOf(g).All(r => set[r])) continue;
                set[g] = false;
                changed = true;
            }
        }
        return set;
    }

    /// <summary>
    /// Starting from every provision (which binds: the reform does), drops what can be dropped,
    /// latest first, keeping <paramref name="closure"/>; what stays is what it needs.
    /// </summary>
    private IEnumerable<int> Needed(bool[] closure)
    {
        var need = Enumerable.Repeat(true, Groups.Count).ToArray();
        for (var q = Groups.Count - 1; q >= 0; q--)
        {
            if (closure[q] || !need[q]) continue;
            var trial = (bool[])need.Clone();
            trial[q] = false;
            trial = Interior(trial);
            if (Binds(trial)) need = trial;
        }
        return Enumerable.Range(0, Groups.Count).Where(g => need[g] && !closure[g]);
    }

    private bool Binds(bool[] groups)
    {
        var active = new bool[_statements.Count];
        for (var g = 0; g < groups.Length; g++)
        {
            if (!groups[g]) continue;
            foreach (var s in Groups[g]) active[s] = true;
        }
        var bag = new DiagnosticBag();
        _binder.Bind(active, bag);
        return !bag.HasErrors;
    }
}
