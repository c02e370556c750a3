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
        var compiled = conditions.Select(c => CompiledCondition.Compile(c, partition)).ToArray();
        var chosen = Enumerable.Repeat(-1, partition.Slots.Length).ToArray();
        var outcome = Search(compiled, partition, chosen, budget);
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

    private static SearchOutcome Search(CompiledCondition[] conditions, FactPartition partition, int[] chosen, WorkBudget budget)
    {
        if (!budget.TrySpend()) return SearchOutcome.Stopped;

        var branch = -1;
        var allTrue = true;
        foreach (var condition in conditions)
        {
            var truth = condition.Evaluate(chosen, partition, out var position);
            if (truth == Truth.False) return SearchOutcome.Impossible;
            if (truth == Truth.Unknown)
            {
                allTrue = false;
                if (branch < 0) branch = position;
            }
        }
        if (allTrue) return SearchOutcome.Found;

        // An open verdict always comes from an unassigned fact; guard anyway, never loop or throw.
        if (branch < 0) return SearchOutcome.Impossible;
        // Class indices are tried in ascending order, so the search and its witness are deterministic.
        for (var c = 0; c < partition.Classes[branch].Length; c++)
        {
            chosen[branch] = c;
            var outcome = Search(conditions, partition, chosen, budget);
            if (outcome != SearchOutcome.Impossible) return outcome;
        }
        chosen[branch] = -1;
        return SearchOutcome.Impossible;
    }
}
