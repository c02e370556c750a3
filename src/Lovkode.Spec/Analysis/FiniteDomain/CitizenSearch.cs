using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;

namespace Lovkode.Spec.Analysis.FiniteDomain;

public enum SearchOutcome
{
    /// <summary>A citizen satisfies every condition; see the witness.</summary>
    Found,
    /// <summary>No citizen in the whole fact domain satisfies them all.</summary>
    Impossible,
    /// <summary>The work budget ran out before a verdict.</summary>
    Stopped,
}

public sealed record SearchResult(SearchOutcome Outcome, CitizenWitness? Witness);

/// <summary>
/// Finds a citizen for whom all the given conditions hold, or proves there is none, by a
/// branching search over the value classes of the mentioned facts: it fixes one fact at a
/// time, the one the still-open part of a condition asks about, and drops a branch as soon
/// as three-valued evaluation decides it. A naive product of all classes is never built;
/// each visited node costs one unit of the shared <see cref="WorkBudget"/>.
/// </summary>
internal static class CitizenSearch
{
    public static SearchResult FindCitizen(BoundDomain domain, IReadOnlyList<BoundExpr> conditions, WorkBudget budget)
    {
        var partition = FactPartition.Build(domain, conditions);
        var conjuncts = new List<BoundExpr>();
        foreach (var condition in conditions) Flatten(condition, conjuncts);
        var compiled = conjuncts.Select(c => CompiledCondition.Compile(c, partition)).ToArray();
        var chosen = Enumerable.Repeat(-1, partition.Slots.Length).ToArray();
        var state = new SearchState(compiled, partition, chosen, budget);
        var outcome = state.Search();
        if (outcome != SearchOutcome.Found) return new SearchResult(outcome, null);

        var values = new List<KeyValuePair<int, int>>();
        for (var p = 0; p < partition.Slots.Length; p++)
        {
            // A fact the verdict did not need may take any value; its first class is as good as any.
            var classIndex = chosen[p] >= 0 ? chosen[p] : 0;
            if (partition.Classes[p].Length == 0) continue;
            values.Add(new KeyValuePair<int, int>(partition.Slots[p], partition.Representative(p, classIndex)));
        }
        return new SearchResult(SearchOutcome.Found, CitizenWitness.Describe(domain, values));
    }

    /// <summary>
    /// Splits top-level <c>and</c>s into separate conjuncts, so that each can be settled on its
    /// own: once a conjunct is true under a partial assignment it stays true in every branch
    /// below, and the search stops evaluating it.
    /// </summary>
    private static void Flatten(BoundExpr condition, List<BoundExpr> conjuncts)
    {
        if (condition is BoundAnd and)
        {
            Flatten(and.Left, conjuncts);
            Flatten(and.Right, conjuncts);
            return;
        }
        conjuncts.Add(condition);
    }

    private sealed class SearchState
    {
        private readonly CompiledCondition[] _conjuncts;
        private readonly FactPartition _partition;
        private readonly int[] _chosen;
        private readonly WorkBudget _budget;
        private readonly bool[] _settled;
        private readonly List<int> _trail = new();

        public SearchState(CompiledCondition[] conjuncts, FactPartition partition, int[] chosen, WorkBudget budget)
        {
            _conjuncts = conjuncts;
            _partition = partition;
            _chosen = chosen;
            _budget = budget;
            _settled = new bool[conjuncts.Length];
        }

        public SearchOutcome Search()
        {
            if (!_budget.TrySpend()) return SearchOutcome.Stopped;

            var mark = _trail.Count;
            var branch = -1;
            for (var i = 0; i < _conjuncts.Length; i++)
            {
                if (_settled[i]) continue;
                var truth = _conjuncts[i].Evaluate(_chosen, _partition, out var position);
                if (truth == Truth.False)
                {
                    Undo(mark);
                    return SearchOutcome.Impossible;
                }
                if (truth == Truth.True)
                {
                    _settled[i] = true;
                    _trail.Add(i);
                }
                else if (branch < 0)
                {
                    branch = position;
                }
            }
            // Every settled conjunct is on the trail: all of them settled means all hold.
            if (_trail.Count == _conjuncts.Length) return SearchOutcome.Found;
            // An open verdict always comes from an unassigned fact; guard anyway, never loop or throw.
            if (branch < 0)
            {
                Undo(mark);
                return SearchOutcome.Impossible;
            }

            // Class indices are tried in ascending order, so the search and its witness are deterministic.
            for (var c = 0; c < _partition.Classes[branch].Length; c++)
            {
                _chosen[branch] = c;
                var outcome = Search();
                if (outcome != SearchOutcome.Impossible) return outcome;
            }
            _chosen[branch] = -1;
            Undo(mark);
            return SearchOutcome.Impossible;
        }

        private void Undo(int mark)
        {
            for (var k = _trail.Count - 1; k >= mark; k--) _settled[_trail[k]] = false;
            _trail.RemoveRange(mark, _trail.Count - mark);
        }
    }
}
