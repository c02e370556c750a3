using System.Collections.Generic;

namespace Lovkode.Spec.Analysis.FiniteDomain;

/// <summary>
/// The depth-first search behind <see cref="CitizenSearch"/>. Two things keep a node cheap:
/// a conjunct that holds is settled and not evaluated again below (assignments only grow),
/// and a conjunct that is still open is re-evaluated only when the fact just fixed is one it
/// reads; otherwise its verdict and the fact it asks about stay as they were. Both are undone
/// on the way back up through a trail.
/// </summary>
internal sealed class SearchState
{
    private readonly CompiledCondition[] _conjuncts;
    private readonly bool[][] _mentions;
    private readonly FactPartition _partition;
    private readonly int[] _chosen;
    private readonly WorkBudget _budget;
    private readonly bool[] _settled;
    private readonly int[] _askedAbout;
    private readonly List<int> _settledTrail = new();
    private readonly List<(int Conjunct, int Previous)> _askedTrail = new();

    public SearchState(CompiledCondition[] conjuncts, bool[][] mentions, FactPartition partition, int[] chosen, WorkBudget budget)
    {
        _conjuncts = conjuncts;
        _mentions = mentions;
        _partition = partition;
        _chosen = chosen;
        _budget = budget;
        _settled = new bool[conjuncts.Length];
        _askedAbout = new int[conjuncts.Length];
    }

    /// <param name="assigned">The position fixed on the way to this node, or -1 at the root.</param>
    public SearchOutcome Search(int assigned)
    {
        if (!_budget.TrySpend()) return SearchOutcome.Stopped;

        var settledMark = _settledTrail.Count;
        var askedMark = _askedTrail.Count;
        var branch = -1;
        for (var i = 0; i < _conjuncts.Length; i++)
        {
            if (_settled[i]) continue;
            if (assigned >= 0 && !_mentions[i][assigned])
            {
                // Unchanged since it was last evaluated on this path: still open.
                if (branch < 0) branch = _askedAbout[i];
                continue;
            }
            var truth = _conjuncts[i].Evaluate(_chosen, _partition, out var position);
            if (truth == Truth.False)
            {
                Undo(settledMark, askedMark);
                return SearchOutcome.Impossible;
            }
            if (truth == Truth.True)
            {
                _settled[i] = true;
                _settledTrail.Add(i);
                continue;
            }
            _askedTrail.Add((i, _askedAbout[i]));
            _askedAbout[i] = position;
            if (branch < 0) branch = position;
        }
        // Every settled conjunct is on the trail: all of them settled means all hold.
        if (_settledTrail.Count == _conjuncts.Length) return SearchOutcome.Found;
        // An open verdict always names an unassigned fact; guard anyway, never loop or throw.
        if (branch < 0 || _chosen[branch] >= 0)
        {
            Undo(settledMark, askedMark);
            return SearchOutcome.Impossible;
        }

        // Class indices are tried in ascending order, so the search and its witness are deterministic.
        for (var c = 0; c < _partition.Classes[branch].Length; c++)
        {
            _chosen[branch] = c;
            var outcome = Search(branch);
            if (outcome != SearchOutcome.Impossible) return outcome;
        }
        _chosen[branch] = -1;
        Undo(settledMark, askedMark);
        return SearchOutcome.Impossible;
    }

    private void Undo(int settledMark, int askedMark)
    {
        for (var k = _settledTrail.Count - 1; k >= settledMark; k--) _settled[_settledTrail[k]] = false;
        _settledTrail.RemoveRange(settledMark, _settledTrail.Count - settledMark);
        for (var k = _askedTrail.Count - 1; k >= askedMark; k--) _askedAbout[_askedTrail[k].Conjunct] = _askedTrail[k].Previous;
        _askedTrail.RemoveRange(askedMark, _askedTrail.Count - askedMark);
    }
}
