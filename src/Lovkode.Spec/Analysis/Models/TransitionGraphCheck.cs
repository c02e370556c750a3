using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Analysis.FiniteDomain;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Analysis.Models;

/// <summary>
/// Where transitions lead. For each transition and each cohort whose key lets its condition
/// hold, every destination of a move must land on the key of some cohort (LK0225); and the
/// moves, as edges from cohort to cohort, must form no cycle (LK0226), or a person could move
/// round it for ever. A transition whose condition holds for no cohort's key is a warning (LK0228).
/// </summary>
internal static class TransitionGraphCheck
{
    private sealed record Edge(int To, string Transition, Text.SourceSpan At);

    public static void Run(ModelAnalysisContext context)
    {
        var model = context.Model;
        var byKey = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < model.Cohorts.Count; i++) byKey[Key(model.Cohorts[i].Key)] = i;
        var edges = model.Cohorts.Select(_ => new List<Edge>()).ToList();

        foreach (var transition in model.Transitions)
        {
            var concerns = false;
            var unmatched = new HashSet<string>(System.StringComparer.Ordinal);
            for (var c = 0; c < model.Cohorts.Count; c++)
            {
                var cohort = model.Cohorts[c];
                var known = KnownFacts.Of(cohort.Key);
                if (KnownFacts.Evaluate(model.Conditions[transition.Condition], known) == Truth.False) continue;
                concerns = true;
                foreach (var branch in transition.Branches.Where(b => b.Outcome == BranchOutcome.Move))
                {
                    foreach (var destination in branch.Destinations)
                    {
                        if (destination.Condition >= 0 && KnownFacts.Evaluate(model.Conditions[destination.Condition], known) == Truth.False) continue;
                        var after = new Dictionary<int, int>(known);
                        foreach (var s in destination.Set)
                        {
                            if (after.ContainsKey(s.Slot)) after[s.Slot] = s.Value;
                        }
                        var key = cohort.Key.Select(k => new BoundFactSetting(k.Slot, after[k.Slot])).ToList();
                        if (byKey.TryGetValue(Key(key), out var target))
                        {
                            edges[c].Add(new Edge(target, transition.Name, destination.Span));
                        }
                        else if (unmatched.Add(cohort.Name + "|" + Key(key)))
                        {
                            context.Report(DiagnosticDescriptors.DestinationWithoutCohort, destination.Span, transition.Name, cohort.Name,
                                string.Join(", ", key.Select(context.SettingText)));
                        }
                    }
                }
            }
            if (!concerns) context.Report(DiagnosticDescriptors.TransitionConcernsNoCohort, transition.Span, transition.Name);
        }
        FindCycles(context, edges);
    }

    /// <summary>Reports one cycle per strongly connected part of the graph that has one (Tarjan's algorithm, iteratively).</summary>
    private static void FindCycles(ModelAnalysisContext context, List<List<Edge>> edges)
    {
        var cohorts = context.Model.Cohorts;
        var n = edges.Count;
        var index = new int[n];
        var low = new int[n];
        var onStack = new bool[n];
        for (var i = 0; i < n; i++) index[i] = -1;
        var stack = new Stack<int>();
        var next = 0;
        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0) continue;
            var work = new Stack<(int Node, int Edge)>();
            work.Push((root, 0));
            index[root] = low[root] = next++;
            stack.Push(root);
            onStack[root] = true;
            while (work.Count > 0)
            {
                var (v, e) = work.Pop();
                if (e < edges[v].Count)
                {
                    work.Push((v, e + 1));
                    var w = edges[v][e].To;
                    if (index[w] < 0)
                    {
                        index[w] = low[w] = next++;
                        stack.Push(w);
                        onStack[w] = true;
                        work.Push((w, 0));
                    }
                    else if (onStack[w])
                    {
                        low[v] = System.Math.Min(low[v], index[w]);
                    }
                    continue;
                }
                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = System.Math.Min(low[parent], low[v]);
                }
                if (low[v] != index[v]) continue;
                var part = new HashSet<int>();
                int x;
                do
                {
                    x = stack.Pop();
                    onStack[x] = false;
                    part.Add(x);
                }
                while (x != v);
                if (part.Count > 1 || edges[v].Any(edge => edge.To == v)) ReportCycle(context, edges, part, cohorts);
            }
        }
    }

    /// <summary>Walks from the part's first cohort along edges inside the part until a cohort repeats.</summary>
    private static void ReportCycle(ModelAnalysisContext context, List<List<Edge>> edges, HashSet<int> part, IReadOnlyList<BoundCohort> cohorts)
    {
        var start = part.Min();
        var path = new List<(int Cohort, Edge Edge)>();
        var seenAt = new Dictionary<int, int>();
        var at = start;
        while (!seenAt.ContainsKey(at))
        {
            seenAt[at] = path.Count;
            var edge = edges[at].Where(e => part.Contains(e.To)).OrderBy(e => e.To).First();
            path.Add((at, edge));
            at = edge.To;
        }
        var cycle = path.Skip(seenAt[at]).ToList();
        var text = string.Join(" → ", cycle.Select(p => $"{cohorts[p.Cohort].Name} ({p.Edge.Transition})")) + " → " + cohorts[at].Name;
        context.Report(DiagnosticDescriptors.TransitionCycle, cycle[0].Edge.At, text);
    }

    private static string Key(IEnumerable<BoundFactSetting> key) =>
        string.Join(";", key.OrderBy(k => k.Slot).Select(k => k.Slot + "=" + k.Value));
}
