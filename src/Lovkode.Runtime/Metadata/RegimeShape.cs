namespace Lovkode.Runtime;

/// <summary>
/// Whether one <see cref="RegimeInfo"/> can stand for another under the same generated code: the
/// same facts, actors and channels, and the same groups, parameters, requirements and supervision
/// rules with the same names, indices and kinds (and the texts the code writes into its traces).
/// What may differ is what the code reads from the metadata instead of holding it: the name,
/// title, source, dates, base and lineage, citations, parameter values and their ranges, and
/// quotas. A generated regime checks this when it is handed metadata other than its own
/// (docs/generated-code.md, "One evaluator, another regime's metadata").
/// </summary>
public static class RegimeShape
{
    public static bool Same(RegimeInfo a, RegimeInfo b)
    {
        if (ReferenceEquals(a, b)) return true;
        return a.Domain == b.Domain
            && Same(a.Facts, b.Facts, (x, y) => x.Name == y.Name && x.Slot == y.Slot && x.Kind == y.Kind && x.Min == y.Min && x.Max == y.Max && x.Members.SequenceEqual(y.Members))
            && a.Actors.SequenceEqual(b.Actors)
            && a.Channels.SequenceEqual(b.Channels)
            && Same(a.Groups, b.Groups, (x, y) => x.Name == y.Name && x.Index == y.Index && x.IsOutside == y.IsOutside && x.Condition == y.Condition)
            && Same(a.Parameters, b.Parameters, (x, y) => x.Name == y.Name && x.Index == y.Index && x.Unit == y.Unit)
            && Same(a.Requirements, b.Requirements, (x, y) => x.Name == y.Name && x.Index == y.Index && x.Kind == y.Kind && x.Actor == y.Actor
                && x.Channel == y.Channel && x.Groups.SequenceEqual(y.Groups) && x.Schedule == y.Schedule && x.From == y.From && x.Until == y.Until)
            && Same(a.Supervisions, b.Supervisions, (x, y) => x.Name == y.Name && x.Index == y.Index && x.Exemptions.Count == y.Exemptions.Count);
    }

    private static bool Same<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T, T, bool> same)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (!same(a[i], b[i])) return false;
        }
        return true;
    }
}
