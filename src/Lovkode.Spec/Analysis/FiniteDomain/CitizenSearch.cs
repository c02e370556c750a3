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
        var mentions = conjuncts.Select(c => Mentions(c, partition)).ToArray();
        var chosen = Enumerable.Repeat(-1, partition.Slots.Length).ToArray();
        var state = new SearchState(compiled, mentions, partition, chosen, budget);
        var outcome = state.Search(assigned: -1);
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

    /// <summary>Which positions of the partition a conjunct reads.</summary>
    private static bool[] Mentions(BoundExpr conjunct, FactPartition partition)
    {
        var mentions = new bool[partition.Slots.Length];
        var pending = new Stack<BoundExpr>();
        pending.Push(conjunct);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case BoundCompare c:
                    mentions[partition.PositionOf(c.Slot)] = true;
                    break;
                case BoundInSet s:
                    mentions[partition.PositionOf(s.Slot)] = true;
                    break;
                case BoundNot n:
                    pending.Push(n.Operand);
                    break;
                case BoundAnd a:
                    pending.Push(a.Left);
                    pending.Push(a.Right);
                    break;
                case BoundOr o:
                    pending.Push(o.Left);
                    pending.Push(o.Right);
                    break;
            }
        }
        return mentions;
    }
}
