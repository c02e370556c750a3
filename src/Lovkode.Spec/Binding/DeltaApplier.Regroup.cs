using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Drafts;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding;

/// <summary>
/// <c>regroup</c>: the plain group declarations of the reform replace the base's groups. Each
/// new group takes over the base groups its <c>from</c> names (or the base group of its own
/// name when it has no <c>from</c>). The base's <c>for</c> lists, quota groups and per-group
/// parameter values are carried over along that mapping; merged groups must agree on every
/// per-group value unless the reform overrides the parameter.
/// </summary>
internal sealed partial class DeltaApplier
{
    private void ApplyRegroup(RegroupSyntax regroup)
    {
        var citation = DeclarationBinder.Cite(regroup.Citation);
        var baseGroups = _draft.Groups.Select(g => g.Name).ToList();
        var newGroups = new List<GroupDraft>();
        var takenOver = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
        foreach (var syntax in _unit.Declarations.OfType<GroupSyntax>().Where(g => g.Delta == DeltaKind.None))
        {
            if (!_own.Add((ChangeTarget.Group, syntax.Name.Text)))
            {
                _bag.Report(DiagnosticDescriptors.DuplicateName, syntax.Name.Span, "group", syntax.Name.Text);
                continue;
            }
            var from = new List<string>();
            if (syntax.From is { } named)
            {
                foreach (var old in named)
                {
                    if (!baseGroups.Contains(old.Text))
                    {
                        _bag.Report(DiagnosticDescriptors.UnknownName, old.Span, "base group", old.Text, Suggestions.DidYouMean(old.Text, baseGroups));
                        continue;
                    }
                    if (!from.Contains(old.Text)) from.Add(old.Text);
                }
            }
            else if (baseGroups.Contains(syntax.Name.Text))
            {
                from.Add(syntax.Name.Text);
            }
            foreach (var old in from)
            {
                if (!takenOver.TryGetValue(old, out var list)) takenOver[old] = list = new List<string>();
                list.Add(syntax.Name.Text);
            }
            var draft = _binder.BindGroup(syntax) with { From = from.ToEquatableArray() };
            newGroups.Add(draft);
            Changes.Add(new RegimeChange(ChangeKind.Regrouped, ChangeTarget.Group, draft.Name, citation ?? draft.Citation, syntax.Span));
        }

        foreach (var old in baseGroups.Where(o => !takenOver.ContainsKey(o)))
        {
            _bag.Report(DiagnosticDescriptors.GroupNotTakenOver, regroup.Span, old);
        }

        MapParameterValues(newGroups, regroup);
        MapRequirements(takenOver, citation, regroup);
        MapQuotas(takenOver, citation, regroup);
        _draft.Groups.Clear();
        _draft.Groups.AddRange(newGroups);
    }

    private List<NameRef>? Map(IReadOnlyList<NameRef>? groups, Dictionary<string, List<string>> takenOver, Syntax.Tree.RegroupSyntax regroup)
    {
        if (groups is null) return null;
        var mapped = new List<NameRef>();
        foreach (var g in groups)
        {
            if (!takenOver.TryGetValue(g.Name, out var news)) continue;
            foreach (var n in news)
            {
                if (mapped.All(m => m.Name != n)) mapped.Add(new NameRef(n, regroup.Span));
            }
        }
        return mapped;
    }

    private void MapRequirements(Dictionary<string, List<string>> takenOver, Citation? citation, RegroupSyntax regroup)
    {
        for (var i = _draft.Requirements.Count - 1; i >= 0; i--)
        {
            var r = _draft.Requirements[i];
            var mapped = Map(r.Groups, takenOver, regroup);
            if (mapped is { Count: 0 })
            {
                // None of its groups survives the regroup: the rule lapses (LK0107 said which groups).
                _draft.Requirements.RemoveAt(i);
                Removed[(ChangeTarget.Requirement, r.Name)] = regroup.Span;
                Changes.Add(new RegimeChange(ChangeKind.Removed, ChangeTarget.Requirement, r.Name, citation, regroup.Span));
                continue;
            }
            _draft.Requirements[i] = r with { Groups = mapped };
        }
    }

    private void MapQuotas(Dictionary<string, List<string>> takenOver, Citation? citation, RegroupSyntax regroup)
    {
        for (var i = _draft.Quotas.Count - 1; i >= 0; i--)
        {
            var q = _draft.Quotas[i];
            var mapped = Map(q.Groups, takenOver, regroup)!;
            if (mapped.Count == 0 || _draft.FindRequirement(q.Requirement) < 0)
            {
                _draft.Quotas.RemoveAt(i);
                Removed[(ChangeTarget.Quota, q.Requirement)] = regroup.Span;
                Changes.Add(new RegimeChange(ChangeKind.Removed, ChangeTarget.Quota, q.Requirement, citation, regroup.Span));
                continue;
            }
            _draft.Quotas[i] = q with { Groups = mapped };
        }
    }

    /// <summary>
    /// Per-group values follow the groups. A new group that merges several base groups gets
    /// their common values; when they differ, LK0019 names the parameter, unless this reform
    /// overrides or replaces it (its new values then win).
    /// </summary>
    private void MapParameterValues(List<GroupDraft> newGroups, RegroupSyntax regroup)
    {
        var overridden = new HashSet<string>(
            _unit.Declarations.OfType<ParameterSyntax>().Where(p => p.Delta != DeltaKind.None).Select(p => p.Name.Text),
            System.StringComparer.Ordinal);
        for (var i = 0; i < _draft.Parameters.Count; i++)
        {
            var p = _draft.Parameters[i];
            var defaults = p.Values.Where(v => v.Group is null).ToList();
            var values = new List<ParameterValueDraft>(defaults);
            foreach (var group in newGroups)
            {
                List<ParameterValueDraft>? agreed = null;
                var agreedIsDefault = true;
                var disagree = false;
                foreach (var old in group.From)
                {
                    var specific = p.Values.Where(v => v.Group?.Name == old).ToList();
                    var effective = specific.Count > 0 ? specific : defaults;
                    if (agreed is null)
                    {
                        agreed = effective;
                        agreedIsDefault = specific.Count == 0;
                    }
                    else if (!SameValues(agreed, effective))
                    {
                        disagree = true;
                    }
                }
                if (disagree && !overridden.Contains(p.Name))
                {
                    _bag.Report(DiagnosticDescriptors.RegroupDisagreement, group.Span, group.Name, string.Join(", ", group.From), p.Name);
                }
                if (agreed is null || agreedIsDefault) continue;
                values.AddRange(agreed.Select(v => v with { Group = new NameRef(group.Name, regroup.Span) }));
            }
            _draft.Parameters[i] = p with { Values = values };
        }
    }

    private static bool SameValues(List<ParameterValueDraft> a, List<ParameterValueDraft> b)
    {
        if (a.Count != b.Count) return false;
        var x = a.OrderBy(v => v.FromDay ?? int.MinValue).ToList();
        var y = b.OrderBy(v => v.FromDay ?? int.MinValue).ToList();
        for (var i = 0; i < x.Count; i++)
        {
            if (x[i].Value != y[i].Value || x[i].FromDay != y[i].FromDay || x[i].UntilDay != y[i].UntilDay) return false;
        }
        return true;
    }
}
