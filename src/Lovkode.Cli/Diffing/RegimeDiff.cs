using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Emit;
using Lovkode.Spec.Language;

namespace Lovkode.Cli.Diffing;

public enum DiffKind
{
    Added,
    Removed,
    Changed,
    Regrouped,
}

/// <summary>One rule-level difference, with the citation that explains it (the reform's for the change, else the rule's own).</summary>
public sealed record DiffEntry(DiffKind Kind, ChangeTarget Target, string Name, string? Detail, string Citation);

/// <summary>
/// The rule-level difference between two bound regimes: groups, parameters, requirements,
/// quotas and supervision rules added, removed or changed, and groups regrouped. Computed from
/// the flattened regimes, so it also holds between regimes that are not base and reform; where
/// the reform states the change itself (<see cref="BoundRegime.Changes"/>) its citation is used.
/// A rule has changed when its declaration, written back by <see cref="RuleText"/>, has.
/// </summary>
public static class RegimeDiff
{
    public static IReadOnlyList<DiffEntry> Between(BoundDomain baselineDomain, BoundRegime baseline, BoundDomain reformDomain, BoundRegime reform)
    {
        var before = new RuleText(baselineDomain, baseline);
        var after = new RuleText(reformDomain, reform);
        var entries = new List<DiffEntry>();
        var stated = reform.BaseName == baseline.Name
            ? reform.Changes.GroupBy(c => (c.Target, c.Name)).ToDictionary(g => g.Key, g => g.First())
            : [];

        string Cite(ChangeTarget target, string name, Citation? own) =>
            stated.TryGetValue((target, name), out var change) && change.Citation is { } c ? Format(c)
            : own is not null ? Format(own)
            : "(no citation)";

        void Compare<T>(ChangeTarget target, IEnumerable<T> was, IEnumerable<T> isNow, Func<T, string> name, Func<T, Citation?> citation, Func<RuleText, T, string> text)
        {
            var old = was.ToDictionary(name, StringComparer.Ordinal);
            var now = isNow.ToDictionary(name, StringComparer.Ordinal);
            foreach (var (key, value) in now.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (!old.TryGetValue(key, out var previous))
                {
                    entries.Add(new DiffEntry(DiffKind.Added, target, key, null, Cite(target, key, citation(value))));
                }
                else if (text(before, previous) != text(after, value))
                {
                    entries.Add(new DiffEntry(DiffKind.Changed, target, key, null, Cite(target, key, citation(value))));
                }
            }
            foreach (var (key, value) in old.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (!now.ContainsKey(key)) entries.Add(new DiffEntry(DiffKind.Removed, target, key, null, Cite(target, key, citation(value))));
            }
        }

        var regrouped = reform.Groups.Any(g => g.From.Count > 0) && reform.BaseName == baseline.Name;
        if (regrouped)
        {
            foreach (var group in reform.Groups.OrderBy(g => g.Name, StringComparer.Ordinal))
            {
                var from = group.From.Count == 0 ? "new" : $"from {string.Join(", ", group.From)}";
                entries.Add(new DiffEntry(DiffKind.Regrouped, ChangeTarget.Group, group.Name, from, Cite(ChangeTarget.Group, group.Name, group.Citation)));
            }
            var kept = reform.Groups.SelectMany(g => g.From).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in baseline.Groups.Where(g => !kept.Contains(g.Name)).OrderBy(g => g.Name, StringComparer.Ordinal))
            {
                entries.Add(new DiffEntry(DiffKind.Removed, ChangeTarget.Group, gone.Name, "not taken over by any new group", Cite(ChangeTarget.Group, gone.Name, gone.Citation)));
            }
        }
        else
        {
            Compare(ChangeTarget.Group, baseline.Groups, reform.Groups, g => g.Name, g => g.Citation, (t, g) => t.Declaration(g));
        }
        Compare(ChangeTarget.Parameter, baseline.Parameters, reform.Parameters, p => p.Name, p => p.Values.Select(v => v.Citation).FirstOrDefault(c => c is not null), (t, p) => t.Declaration(p));
        Compare(ChangeTarget.Requirement, baseline.Requirements, reform.Requirements, r => r.Name, r => r.Citation, (t, r) => t.Declaration(r));
        Compare(ChangeTarget.Quota, baseline.Quotas, reform.Quotas, q => q.RequirementName, q => q.Citation, (t, q) => t.Declaration(q));
        Compare(ChangeTarget.Supervision, baseline.Supervisions, reform.Supervisions, s => s.Name, s => s.Citation, (t, s) => t.Declaration(s));
        return entries;
    }

    private static string Format(Citation c) => c.IsAssumption ? $"assumed \"{c.Text}\"" : $"§ \"{c.Text}\"";
}
