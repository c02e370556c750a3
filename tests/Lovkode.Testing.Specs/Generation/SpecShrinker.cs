using Lovkode.Testing.Specs.Model;

namespace Lovkode.Testing.Specs.Generation;

/// <summary>
/// Smaller specs than a failing one, each still valid by construction (groups are kept whole,
/// so they still partition the domain): fewer overrides, supervisions, quotas, requirements,
/// exemptions, costs and dates, parameters replaced by their first value. The failing test
/// walks these greedily and reports the smallest spec that still fails.
/// </summary>
public static class SpecShrinker
{
    public static IEnumerable<SpecModel> Candidates(SpecModel s)
    {
        if (s.Reform is { } reform)
        {
            yield return s with { Reform = null };
            for (var i = 0; i < reform.Groups.Count; i++) yield return s with { Reform = reform with { Groups = Without(reform.Groups, i) } };
            for (var i = 0; i < reform.Overrides.Count; i++) yield return s with { Reform = reform with { Overrides = Without(reform.Overrides, i) } };
            for (var i = 0; i < reform.Changes.Count; i++) yield return s with { Reform = reform with { Changes = Without(reform.Changes, i) } };
            for (var i = 0; i < reform.Added.Count; i++) yield return s with { Reform = reform with { Added = Without(reform.Added, i) } };
        }
        for (var i = 0; i < s.Overrides.Count; i++) yield return s with { Overrides = Without(s.Overrides, i) };
        if (s.Supervisions.Count > 0) yield return s with { Supervisions = [] };
        if (s.Supervisions.Any(v => v.Exemptions.Count > 0)) yield return s with { Supervisions = s.Supervisions.Select(v => v with { Exemptions = [] }).ToList() };
        if (s.Quotas.Count > 0) yield return s with { Quotas = [] };
        // A reform names the base's requirements and parameters by index: those stay while it does.
        var indexed = s.Reform is null;
        for (var i = 0; i < s.Requirements.Count && s.Requirements.Count > 1 && indexed; i++) yield return WithoutRequirement(s, i);
        for (var i = 0; i < s.Requirements.Count; i++)
        {
            var r = s.Requirements[i];
            for (var e = 0; e < r.Exemptions.Count; e++) yield return Replace(s, i, r with { Exemptions = Without(r.Exemptions, e) });
            if (r.When is not null) yield return Replace(s, i, r with { When = null });
            if (r.CostClauses.Count > 0) yield return Replace(s, i, r with { CostClauses = [] });
            if (r.CostClauses.Count > 1 || (r.CostClauses.Count == 1 && r.CostClauses[0].Count > 1))
            {
                var all = r.CostClauses.SelectMany(c => c).ToList();
                for (var c = 0; c < all.Count; c++) yield return Replace(s, i, r with { CostClauses = [Without(all, c)] });
            }
            if (r.FromDay is not null || r.UntilDay is not null) yield return Replace(s, i, r with { FromDay = null, UntilDay = null });
            if (r.Schedule.Kind == ScheduleKind.Every && (r.Schedule.From is not null || r.Schedule.Until is not null))
            {
                yield return Replace(s, i, r with { Schedule = r.Schedule with { From = null, Until = null } });
            }
        }
        for (var p = s.Parameters.Count - 1; p >= 0 && indexed; p--) yield return WithoutParameter(s, p);
        if (s.Header.EffectiveDay is not null) yield return s with { Header = s.Header with { EffectiveDay = null } };
    }

    private static List<T> Without<T>(IReadOnlyList<T> list, int index) => list.Where((_, i) => i != index).ToList();

    private static SpecModel Replace(SpecModel s, int index, RequirementModel r) =>
        s with { Requirements = s.Requirements.Select((x, i) => i == index ? r : x).ToList() };

    private static SpecModel WithoutRequirement(SpecModel s, int index) => s with
    {
        Requirements = Without(s.Requirements, index),
        Quotas = s.Quotas.Where(q => q.Requirement != index)
            .Select(q => q.Requirement > index ? q with { Requirement = q.Requirement - 1 } : q).ToList(),
    };

    /// <summary>Every use of the parameter becomes its first value written in place; the indices above it move down.</summary>
    private static SpecModel WithoutParameter(SpecModel s, int p)
    {
        var first = s.Parameters[p].Lines[0].Value;
        Amount Map(Amount a) => !a.IsParameter ? a : a.Parameter == p ? new Amount(first) : a.Parameter > p ? a with { Parameter = a.Parameter - 1 } : a;
        Amount? MapOpt(Amount? a) => a is null ? null : Map(a);
        CostModel Cost(CostModel c) => c with { Amount = Map(c.Amount) };
        return s with
        {
            Parameters = Without(s.Parameters, p),
            Requirements = s.Requirements.Select(r => r with
            {
                Schedule = r.Schedule with { Count = MapOpt(r.Schedule.Count), Weeks = MapOpt(r.Schedule.Weeks), From = MapOpt(r.Schedule.From), Until = MapOpt(r.Schedule.Until) },
                CostClauses = r.CostClauses.Select(c => (IReadOnlyList<CostModel>)c.Select(Cost).ToList()).ToList(),
            }).ToList(),
            Quotas = s.Quotas.Select(q => q with { Share = Map(q.Share) }).ToList(),
            Supervisions = s.Supervisions.Select(v => v with { Threshold = Map(v.Threshold), Costs = v.Costs.Select(Cost).ToList() }).ToList(),
            Overrides = s.Overrides.Where(o => o.Parameter != p).Select(o => o.Parameter > p ? o with { Parameter = o.Parameter - 1 } : o).ToList(),
        };
    }
}
