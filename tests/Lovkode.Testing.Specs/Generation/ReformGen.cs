using FsCheck;
using FsCheck.Fluent;
using Lovkode.Testing.Specs.Model;
using G = FsCheck.Fluent.Gen;

namespace Lovkode.Testing.Specs.Generation;

/// <summary>
/// A reform of a random spec that keeps it valid: parameters overridden with values of the
/// same role (so every schedule stays feasible), requirements without a quota replaced by new
/// ones under the same name, requirements removed (their quotas go with them), new ones
/// added, groups and outside declarations replaced by ones with an equivalent condition.
/// Removing or adding groups and <c>regroup</c> are not generated (see SpecModelGen).
/// </summary>
public static class ReformGen
{
    public static Gen<ReformModel> Reform(SpecModel spec)
    {
        var unquoted = Enumerable.Range(0, spec.Requirements.Count).Where(i => spec.Quotas.All(q => q.Requirement != i)).ToArray();
        return
            from title in G.Elements<string?>(null, "Forenkling af beskæftigelsesindsatsen")
            from effective in G.Frequency((1, G.Constant<int?>(null)), (1, G.Choose(ParameterGen.FirstDay, ParameterGen.LastDay).Select(d => (int?)d)))
            from citation in CitationGen.Citation()
            from overridden in spec.Parameters.Count == 0 ? G.Constant(Array.Empty<int>()) : G.SubListOf(Enumerable.Range(0, spec.Parameters.Count).ToArray()).Select(l => l.ToArray())
            from overrides in G.CollectToList(overridden.Select(p =>
                from replacement in ParameterGen.Parameter(spec.Parameters[p].Role, p, spec.Groups.Count)
                from withUnit in G.Elements(false, true)
                select new ParameterDelta(p, replacement.Lines, withUnit)))
            let parameters = spec.Parameters.Select((p, i) => overrides.FirstOrDefault(o => o.Parameter == i) is { } o ? p with { Lines = o.Lines } : p).ToList()
            let effectiveDay = effective ?? spec.Header.EffectiveDay
            from changed in G.SubListOf(unquoted).Select(l => l.Take(3).ToArray())
            from changes in G.CollectToList(changed.Select(i =>
                from remove in G.Elements(false, true)
                from replacement in RequirementGen.Requirement(i, spec.Facts, spec.Groups, parameters, spec.Actors, spec.Channels, effectiveDay, spec.Requirements[i].Name)
                from cite in CitationGen.Citation()
                // At least one requirement stays, so the reform is more than an empty shell.
                select new RequirementDelta(i, remove && changed.Length < spec.Requirements.Count ? null : replacement, cite)))
            from added in G.Choose(0, 2).SelectMany(n => G.CollectToList(Enumerable.Range(0, n).Select(k =>
                RequirementGen.Requirement(k, spec.Facts, spec.Groups, parameters, spec.Actors, spec.Channels, effectiveDay, $"Ny{k}"))))
            from replacedGroups in G.SubListOf(Enumerable.Range(0, spec.Groups.Count).ToArray())
            from groupDeltas in G.CollectToList(replacedGroups.Select(i => GroupDelta(spec.Groups[i], i)))
            select new ReformModel(title, effective, citation, overrides.ToList(), changes.ToList(), added.ToList()) { Groups = groupDeltas.ToList() };
    }

    /// <summary>The group again, its condition rewritten to an equivalent one, with a new title and citation.</summary>
    private static Gen<GroupDelta> GroupDelta(GroupModel old, int index) =>
        from rewrite in G.Choose(0, 3)
        from title in G.Elements<string?>(null, "Ny målgruppe")
        from citation in CitationGen.Citation()
        let c = old.Condition
        let condition = rewrite switch
        {
            0 => (Condition)new Paren(c),
            1 => new Not(new Not(new Paren(c))),
            2 => new And(new Paren(c), new Literal(true)),
            _ => new Or(new Literal(false), new Paren(c)),
        }
        select new GroupDelta(index, old with { Condition = condition, Title = title, Citation = citation });
}
