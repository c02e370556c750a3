namespace Lovkode.Testing.Specs.Model;

/// <summary>
/// What a reform means, read from docs/spec-language.md ("Reforms") without the binder: the
/// base's copy with replaced groups in their place, overridden parameters' values replaced, replaced requirements in the
/// same place, removed ones (and their quotas) gone, added ones at the end. The oracle
/// evaluates this flattened model; the interpreter evaluates the binder's.
/// </summary>
public static class ReformFlattening
{
    public static SpecModel Flatten(SpecModel spec)
    {
        var reform = spec.Reform ?? throw new ArgumentException("the spec has no reform", nameof(spec));
        var parameters = spec.Parameters.Select((p, i) =>
            reform.Overrides.FirstOrDefault(o => o.Parameter == i) is { } o ? p with { Lines = o.Lines, Inline = false } : p).ToList();

        var requirements = new List<RequirementModel>();
        var newIndex = new Dictionary<int, int>();
        for (var i = 0; i < spec.Requirements.Count; i++)
        {
            var change = reform.Changes.FirstOrDefault(c => c.Index == i);
            if (change is { Replacement: null }) continue;
            newIndex[i] = requirements.Count;
            requirements.Add(change?.Replacement ?? spec.Requirements[i]);
        }
        requirements.AddRange(reform.Added);
        var quotas = spec.Quotas.Where(q => newIndex.ContainsKey(q.Requirement)).Select(q => q with { Requirement = newIndex[q.Requirement] }).ToList();

        var groups = spec.Groups.Select((g, i) => reform.Groups.FirstOrDefault(d => d.Index == i)?.Replacement ?? g).ToList();

        return spec with
        {
            Groups = groups,
            Parameters = parameters,
            Requirements = requirements,
            Quotas = quotas,
            Header = spec.Header with { EffectiveDay = reform.EffectiveDay ?? spec.Header.EffectiveDay },
            Reform = null,
            RegimeNameOverride = spec.ReformName,
        };
    }
}
