using FsCheck;
using FsCheck.Fluent;
using Lovkode.Testing.Specs.Model;
using G = FsCheck.Fluent.Gen;

namespace Lovkode.Testing.Specs.Generation;

/// <summary>
/// Target groups that partition the fact domain by construction: a random decision tree whose
/// every node splits on a random condition c into c and a spelling of not c; each leaf's path
/// (the conjunction of the branches) is a group's condition. Some leaves merge into one group
/// (an <c>or</c> of their paths), some become <c>outside</c> declarations, and the groups are
/// declared in a shuffled order. A leaf whose path no citizen satisfies is only a warning
/// (LK0022). At least one group is a target group, so requirements have somewhere to go.
/// </summary>
public static class PartitionGen
{
    private abstract record Tree;

    private sealed record Leaf : Tree;

    private sealed record Node(Condition Split, int NegationStyle, Tree Yes, Tree No) : Tree;

    public static Gen<IReadOnlyList<GroupModel>> Groups(IReadOnlyList<FactModel> facts) =>
        from tree in TreeOf(facts, 3)
        let paths = Paths(tree, []).ToList()
        from merges in G.ArrayOf(G.Choose(0, 3), paths.Count)
        from outside in G.ArrayOf(G.Frequency((3, G.Constant(false)), (1, G.Constant(true))), paths.Count)
        from order in G.Shuffle(Enumerable.Range(0, paths.Count))
        from citations in G.ArrayOf(CitationGen.Citation(), paths.Count)
        from titles in G.ArrayOf(G.Elements<string?>(null, "Dagpengemodtagere", "Jobparate \"ledige\"", "Ikke omfattet — §2"), paths.Count)
        from citeFirst in G.ArrayOf(G.Elements(false, true), paths.Count)
        from hazard in G.Frequency((4, G.Constant(false)), (1, G.Constant(true)))
        select Build(paths, merges, outside, order, citations, titles, citeFirst, hazard);

    /// <summary>Group names that are C# keywords or members of the generated class (a group's method is Group_{name}).</summary>
    private static readonly string[] HazardNames = ["class", "Metadata", "Info", "return", "Classify", "Group_", "event", "Schedule"];

    private static Gen<Tree> TreeOf(IReadOnlyList<FactModel> facts, int depth)
    {
        var leaf = G.Constant((Tree)new Leaf());
        if (depth == 0) return leaf;
        var node =
            from split in ConditionGen.Small(facts, 1)
            from style in G.Choose(0, 2)
            from yes in TreeOf(facts, depth - 1)
            from no in TreeOf(facts, depth - 1)
            select (Tree)new Node(split, style, yes, no);
        return G.Frequency((depth == 3 ? 1 : 2, leaf), (3, node));
    }

    private static IEnumerable<List<Condition>> Paths(Tree tree, List<Condition> path)
    {
        if (tree is not Node n)
        {
            yield return path;
            yield break;
        }
        foreach (var p in Paths(n.Yes, [.. path, n.Split])) yield return p;
        foreach (var p in Paths(n.No, [.. path, Conditions.Negate(n.Split, n.NegationStyle)])) yield return p;
    }

    private static IReadOnlyList<GroupModel> Build(
        List<List<Condition>> paths, int[] merges, bool[] outside, int[] order, CitationModel[] citations, string?[] titles, bool[] citeFirst, bool hazard)
    {
        // Leaf i joins the group of leaf i-1 when merges[i] is 0: an 'or' of both paths.
        var groups = new List<(Condition Condition, int Leaf)>();
        for (var i = 0; i < paths.Count; i++)
        {
            var condition = Conditions.All(paths[i]);
            if (i > 0 && merges[i] == 0) groups[^1] = (new Or(groups[^1].Condition, condition), groups[^1].Leaf);
            else groups.Add((condition, i));
        }
        var isOutside = groups.Select(g => outside[g.Leaf]).ToArray();
        if (isOutside.All(o => o)) isOutside[0] = false;
        var shuffled = order.Where(i => i < groups.Count).ToList();
        return shuffled.Select((g, index) => new GroupModel(
            hazard ? HazardNames[index] : isOutside[g] ? $"Udenfor{index}" : $"Gruppe{index}",
            isOutside[g],
            titles[g],
            groups[g].Condition,
            citations[g],
            citeFirst[g])).ToList();
    }
}
