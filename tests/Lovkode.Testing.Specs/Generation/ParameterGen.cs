using FsCheck;
using FsCheck.Fluent;
using Lovkode.Testing.Specs.Model;
using G = FsCheck.Fluent.Gen;

namespace Lovkode.Testing.Specs.Generation;

/// <summary>
/// Parameters with a role each: the role fixes the unit and the range of every value, so that
/// whichever group and date a rule reads, its schedule stays feasible (LK0032–LK0035). Values
/// are either a timeline for every group (1–3 dated segments that meet, the first and last
/// open) with dated or undated values for some groups laid over it, or a full timeline for each
/// group on its own. Groups that share a value line (<c>for A, B = …</c>) share one timeline.
/// </summary>
public static class ParameterGen
{
    /// <summary>Days for dated values, effective dates and requirements in force: 2015 to 2035.</summary>
    public static readonly int FirstDay = new DateOnly(2015, 1, 1).DayNumber;
    public static readonly int LastDay = new DateOnly(2035, 12, 31).DayNumber;

    public static Unit UnitOf(Role role) => role switch
    {
        Role.Deadline or Role.Interval or Role.FromWeek or Role.UntilWeek or Role.Cumulative => Unit.Weeks,
        Role.Count => Unit.Count,
        Role.Minutes => Unit.Minutes,
        Role.Dkk => Unit.Dkk,
        Role.Share => Unit.Share,
        _ => Unit.Days,
    };

    /// <summary>A value of the role: the same ranges constants written in place keep to.</summary>
    public static Gen<double> Value(Role role) => role switch
    {
        Role.Deadline => Whole(1, 30),
        Role.Interval => Whole(1, 20),
        Role.FromWeek => Whole(0, 10),
        Role.UntilWeek => Whole(15, 60),
        Role.Count => Whole(1, 4),
        Role.Cumulative => Whole(0, 80),
        Role.Minutes => G.Frequency((3, Whole(0, 120)), (1, G.Choose(0, 1200).Select(k => k / 10.0)), (1, G.Choose(0, 480).Select(k => k / 4.0))),
        Role.Dkk => G.Frequency((3, Whole(0, 20000)), (1, G.Choose(0, 200000).Select(k => k / 100.0))),
        Role.Share => G.Choose(0, 100).Select(k => k / 100.0),
        _ => Whole(0, 365),
    };

    private static Gen<double> Whole(int min, int max) => G.Choose(min, max).Select(v => (double)v);

    public static Gen<ParameterModel> Parameter(Role role, int index, int groupCount)
    {
        var unit = role == Role.Unused ? G.Elements(Unit.Days, Unit.Hours) : G.Constant(UnitOf(role));
        return from u in unit
               from title in G.Elements<string?>(null, "Frist for CV", "Samtalens varighed", "Kvote \"i pct.\"")
               from perGroupOnly in G.Frequency((4, G.Constant(false)), (1, G.Constant(true)))
               from lines in perGroupOnly ? PerGroupLines(role, groupCount) : DefaultLines(role, groupCount)
               from inline in G.Elements(false, true)
               select new ParameterModel($"{role}{index}", role, u, title, lines, inline);
    }

    private static Gen<IReadOnlyList<ValueLine>> DefaultLines(Role role, int groupCount) =>
        from timeline in Timeline(role, [])
        from clusters in Clusters(groupCount, everyGroup: false)
        from overlays in G.CollectToList(clusters.Select(c => Overlay(role, c)))
        select (IReadOnlyList<ValueLine>)timeline.Concat(overlays.SelectMany(o => o)).ToList();

    private static Gen<IReadOnlyList<ValueLine>> PerGroupLines(Role role, int groupCount) =>
        from clusters in Clusters(groupCount, everyGroup: true)
        from timelines in G.CollectToList(clusters.Select(c => Timeline(role, c)))
        select (IReadOnlyList<ValueLine>)timelines.SelectMany(t => t).ToList();

    /// <summary>Disjoint sets of groups (1–2 each); with <paramref name="everyGroup"/> they cover every group.</summary>
    private static Gen<List<List<int>>> Clusters(int groupCount, bool everyGroup) =>
        from order in G.Shuffle(Enumerable.Range(0, groupCount))
        from take in everyGroup ? G.Constant(groupCount) : G.Choose(0, Math.Min(groupCount, 3))
        from pairs in G.ArrayOf(G.Elements(false, true), groupCount)
        select Chunk(order.Take(take).ToList(), pairs);

    private static List<List<int>> Chunk(List<int> groups, bool[] pair)
    {
        var clusters = new List<List<int>>();
        for (var i = 0; i < groups.Count; i++)
        {
            if (i + 1 < groups.Count && pair[i])
            {
                clusters.Add([groups[i], groups[i + 1]]);
                i++;
            }
            else
            {
                clusters.Add([groups[i]]);
            }
        }
        return clusters;
    }

    /// <summary>A full timeline: segments that meet, the first open to the past, the last to the future.</summary>
    private static Gen<IReadOnlyList<ValueLine>> Timeline(Role role, IReadOnlyList<int> groups) =>
        from n in G.Frequency((3, G.Constant(1)), (2, G.Constant(2)), (1, G.Constant(3)))
        from days in Days(n - 1)
        from values in G.ArrayOf(Line(role, groups), n)
        select (IReadOnlyList<ValueLine>)values.Select((v, i) => v with
        {
            FromDay = i == 0 ? null : days[i - 1],
            UntilDay = i == n - 1 ? null : days[i],
        }).ToList();

    /// <summary>One or two values for some groups, each undated, half-open or dated, never overlapping one another.</summary>
    private static Gen<IReadOnlyList<ValueLine>> Overlay(Role role, IReadOnlyList<int> groups) =>
        from n in G.Choose(1, 2)
        from days in Days(2 * n)
        from open in G.ArrayOf(G.Choose(0, 3), n)
        from values in G.ArrayOf(Line(role, groups), n)
        select (IReadOnlyList<ValueLine>)values.Select((v, i) => v with
        {
            // Each value gets its own slice [days[2i], days[2i+1]); open ends only where no neighbour lies.
            FromDay = i == 0 && (open[i] & 1) == 1 ? null : days[2 * i],
            UntilDay = i == n - 1 && (open[i] & 2) == 2 ? null : days[(2 * i) + 1],
        }).ToList();

    private static Gen<int[]> Days(int n) =>
        G.ArrayOf(G.Choose(FirstDay, LastDay), n)
            .Where(d => d.Distinct().Count() == n)
            .Select(d => d.OrderBy(x => x).ToArray());

    private static Gen<ValueLine> Line(Role role, IReadOnlyList<int> groups) =>
        from value in Value(role)
        from percent in G.Elements(false, true)
        from citation in CitationGen.Citation()
        select new ValueLine(groups, value, percent, null, null, citation);
}
