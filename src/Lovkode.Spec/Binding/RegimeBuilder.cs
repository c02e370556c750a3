using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Drafts;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding;

/// <summary>
/// Numbers a finished draft: groups, parameters, requirements and supervision rules get their
/// indices, and every name used is resolved. A name that does not resolve is reported and
/// pruned from the draft, so that a reform of this regime starts from a clean copy and never
/// reports its base's errors again. A use of a name this regime removed is reported at the
/// <c>remove</c>; one that comes from the base file is reported at this regime's header.
/// </summary>
internal sealed class RegimeBuilder
{
    private readonly RegimeUnit _unit;
    private readonly RegimeDraft _draft;
    private readonly Dictionary<(ChangeTarget, string), SourceSpan> _removed;
    private readonly DiagnosticBag _bag;
    private readonly Dictionary<string, int> _groups = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, int> _parameters = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, int> _requirements = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _dropped = new(System.StringComparer.Ordinal);

    public RegimeBuilder(RegimeUnit unit, RegimeDraft draft, Dictionary<(ChangeTarget, string), SourceSpan> removed, DiagnosticBag bag)
    {
        _unit = unit;
        _draft = draft;
        _removed = removed;
        _bag = bag;
    }

    public sealed record Built(
        EquatableArray<BoundGroup> Groups,
        EquatableArray<BoundParameter> Parameters,
        EquatableArray<BoundRequirement> Requirements,
        EquatableArray<BoundQuota> Quotas,
        EquatableArray<BoundSupervision> Supervisions);

    public Built Build()
    {
        for (var i = 0; i < _draft.Groups.Count; i++) _groups[_draft.Groups[i].Name] = i;
        for (var i = 0; i < _draft.Parameters.Count; i++) _parameters[_draft.Parameters[i].Name] = i;
        Prune();
        for (var i = 0; i < _draft.Requirements.Count; i++) _requirements[_draft.Requirements[i].Name] = i;
        PruneQuotas();

        var groups = _draft.Groups.Select((g, i) => new BoundGroup(g.Name, i, g.Title, g.Condition, g.IsOutside, g.From, g.Citation, g.Span));
        var parameters = _draft.Parameters.Select((p, i) => new BoundParameter(p.Name, i, p.Unit, p.Title,
            p.Values.Select(v => new BoundParameterValue(v.Group is null ? -1 : _groups[v.Group.Name], v.Value, v.FromDay, v.UntilDay, v.Citation, v.Span) { Range = v.Range, Confidence = v.Confidence }).ToEquatableArray(),
            p.Span));
        var everyGroup = _draft.Groups.Select((g, i) => (g, i)).Where(x => !x.g.IsOutside).Select(x => x.i).ToEquatableArray();
        var requirements = _draft.Requirements.Select((r, i) => new BoundRequirement(r.Name, i, r.Kind, r.Title,
            r.Groups is null ? everyGroup : r.Groups.Select(g => _groups[g.Name]).Distinct().ToEquatableArray(),
            r.ActorIndex, r.ChannelIndex, Schedule(r.Schedule), Costs(r.Costs), r.Condition, r.Exemptions,
            r.FromDay, r.UntilDay, r.Citation, r.Span));
        var quotas = _draft.Quotas.Select(q => new BoundQuota(_requirements[q.Requirement], q.Requirement, Operand(q.Share),
            q.Groups.Select(g => _groups[g.Name]).Distinct().ToEquatableArray(), q.FromWeek, q.UntilWeek, q.Citation, q.Span)
            { FromDay = q.FromDay, UntilDay = q.UntilDay });
        var supervisions = _draft.Supervisions.Select((s, i) => new BoundSupervision(s.Name, i, s.Title, s.MinCumulativeWeeks,
            s.WindowWeeks, s.MeasuredKind, Operand(s.Threshold), Costs(s.Costs), s.Exemptions, s.Citation, s.Span)
            { ResultGated = s.ResultGated, Alternative = s.Alternative });
        return new Built(groups.ToEquatableArray(), parameters.ToEquatableArray(), requirements.ToEquatableArray(),
            quotas.ToEquatableArray(), supervisions.ToEquatableArray());
    }

    private void Prune()
    {
        for (var i = 0; i < _draft.Parameters.Count; i++)
        {
            var p = _draft.Parameters[i];
            var values = p.Values.Where(v => v.Group is null || ResolveGroup(v.Group, "Parameter " + p.Name)).ToList();
            if (values.Count != p.Values.Count) _draft.Parameters[i] = p with { Values = values };
        }
        for (var i = _draft.Requirements.Count - 1; i >= 0; i--)
        {
            var r = _draft.Requirements[i];
            var owner = "Requirement " + r.Name;
            var groups = r.Groups?.Where(g => ResolveGroup(g, owner)).ToList();
            if (groups is { Count: 0 })
            {
                ReportEmptied(r.Groups!, owner);
                _draft.Requirements.RemoveAt(i);
                continue;
            }
            // A rule with an operand that does not resolve is left out whole (the error is
            // reported), so that no later pass analyses it with a made-up value.
            var operandsOk = Check(r.Schedule.Count, owner) & Check(r.Schedule.Weeks, owner)
                & Check(r.Schedule.From, owner) & Check(r.Schedule.Until, owner) & CheckAll(r.Costs, owner);
            if (!operandsOk)
            {
                _dropped.Add(r.Name);
                _draft.Requirements.RemoveAt(i);
                continue;
            }
            _draft.Requirements[i] = r with { Groups = groups };
        }
        for (var i = _draft.Supervisions.Count - 1; i >= 0; i--)
        {
            var s = _draft.Supervisions[i];
            var owner = "Supervision " + s.Name;
            if (!(Check(s.Threshold, owner) & CheckAll(s.Costs, owner))) _draft.Supervisions.RemoveAt(i);
        }
    }

    private bool CheckAll(IReadOnlyList<CostDraft> costs, string owner)
    {
        var ok = true;
        foreach (var cost in costs) ok &= Check(cost.Amount, owner);
        return ok;
    }

    private void PruneQuotas()
    {
        for (var i = _draft.Quotas.Count - 1; i >= 0; i--)
        {
            var q = _draft.Quotas[i];
            var owner = "The quota of " + q.Requirement;
            if (_dropped.Contains(q.Requirement))
            {
                _draft.Quotas.RemoveAt(i);
                continue;
            }
            if (!_requirements.ContainsKey(q.Requirement))
            {
                ReportMissing(ChangeTarget.Requirement, q.Requirement, q.RequirementSpan, owner, "requirement");
                _draft.Quotas.RemoveAt(i);
                continue;
            }
            var groups = q.Groups.Where(g => ResolveGroup(g, owner)).ToList();
            if (groups.Count == 0)
            {
                ReportEmptied(q.Groups, owner);
                _draft.Quotas.RemoveAt(i);
                continue;
            }
            if (!Check(q.Share, owner))
            {
                _draft.Quotas.RemoveAt(i);
                continue;
            }
            _draft.Quotas[i] = q with { Groups = groups };
        }
    }

    /// <summary>True when the group exists; otherwise reports (unless a remove explains it) and returns false.</summary>
    private bool ResolveGroup(NameRef group, string owner)
    {
        if (_groups.TryGetValue(group.Name, out var index))
        {
            if (!_draft.Groups[index].IsOutside || owner.StartsWith("Parameter", System.StringComparison.Ordinal)) return true;
            _bag.Report(DiagnosticDescriptors.RuleForOutsideGroup, Here(group.Span), owner, group.Name);
            return false;
        }
        // A removed group silently leaves the lists it was in; only an emptied list is an error (below).
        if (_removed.ContainsKey((ChangeTarget.Group, group.Name))) return false;
        ReportMissing(ChangeTarget.Group, group.Name, group.Span, owner, "group");
        return false;
    }

    /// <summary>A list whose every group was removed: the removal leaves the rule applying to no one.</summary>
    private void ReportEmptied(IReadOnlyList<NameRef> groups, string owner)
    {
        foreach (var g in groups)
        {
            if (_removed.TryGetValue((ChangeTarget.Group, g.Name), out var removedAt))
            {
                _bag.Report(DiagnosticDescriptors.DanglingReference, removedAt, owner, "group", g.Name);
                return;
            }
        }
    }

    /// <summary>True when the operand is a constant or a parameter of the right unit; otherwise reports.</summary>
    private bool Check(OperandDraft? operand, string owner)
    {
        if (operand?.Parameter is not { } name) return true;
        if (!_parameters.TryGetValue(name.Name, out var index))
        {
            ReportMissing(ChangeTarget.Parameter, name.Name, name.Span, owner, "parameter");
            return false;
        }
        var unit = _draft.Parameters[index].Unit;
        if (!Fits(operand.Use, unit))
        {
            _bag.Report(DiagnosticDescriptors.UnitMismatch, Here(name.Span), owner,
                DeclarationBinder.UseWord(operand.Use), name.Name, DeclarationBinder.UnitWord(unit));
            return false;
        }
        return true;
    }

    private static bool Fits(OperandUse use, ParameterUnit unit) => use switch
    {
        OperandUse.Weeks => unit == ParameterUnit.Weeks,
        OperandUse.Count => unit == ParameterUnit.Count,
        OperandUse.Minutes => unit == ParameterUnit.Minutes,
        OperandUse.Dkk => unit == ParameterUnit.Dkk,
        _ => unit == ParameterUnit.Share,
    };

    private void ReportMissing(ChangeTarget target, string name, SourceSpan span, string owner, string kind)
    {
        if (_removed.TryGetValue((target, name), out var removedAt))
        {
            _bag.Report(DiagnosticDescriptors.DanglingReference, removedAt, owner, kind, name);
        }
        else
        {
            _bag.Report(DiagnosticDescriptors.UnknownName, Here(span), kind, name, Suggestions.DidYouMean(name, Known(target)));
        }
    }

    private IEnumerable<string> Known(ChangeTarget target) => target switch
    {
        ChangeTarget.Group => _groups.Keys,
        ChangeTarget.Parameter => _parameters.Keys,
        _ => _requirements.Keys,
    };

    /// <summary>Reports land in this regime's file: a place in a base file is replaced by this header.</summary>
    private SourceSpan Here(SourceSpan span) => span.Path == _unit.Path ? span : _unit.Header.Span;

    private BoundSchedule Schedule(ScheduleDraft s) =>
        new(s.Kind, OperandOrNull(s.Count), OperandOrNull(s.Weeks), OperandOrNull(s.From), OperandOrNull(s.Until), s.Span);

    private EquatableArray<BoundCost> Costs(IReadOnlyList<CostDraft> costs) =>
        costs.Select(c => new BoundCost(c.Component, Operand(c.Amount), c.Span)).ToEquatableArray();

    private BoundOperand? OperandOrNull(OperandDraft? operand) => operand is null ? null : Operand(operand);

    private BoundOperand Operand(OperandDraft operand) =>
        operand.Parameter is { } name
            ? BoundOperand.Param(_parameters[name.Name], name.Name, operand.Span)
            : BoundOperand.Const(operand.Constant, operand.Span);
}
