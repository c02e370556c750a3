using System;
using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Drafts;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding;

/// <summary>
/// Applies one regime file's declarations to its draft, in file order: plain declarations
/// add, <c>replace</c> and <c>override</c> swap in place, <c>remove</c> deletes, and
/// <c>regroup</c> (applied first) swaps the whole set of groups. In a regime that extends
/// nothing, the draft starts empty and the deltas are errors.
/// </summary>
internal sealed partial class DeltaApplier
{
    private readonly RegimeUnit _unit;
    private readonly RegimeDraft _draft;
    private readonly string? _baseName;
    private readonly DiagnosticBag _bag;
    private readonly DeclarationBinder _binder;
    private readonly HashSet<(ChangeTarget, string)> _own = new();

    public DeltaApplier(RegimeUnit unit, RegimeDraft draft, BoundDomain domain, string? baseName, DiagnosticBag bag, SyntaxErrors syntaxErrors)
    {
        _unit = unit;
        _draft = draft;
        _baseName = baseName;
        _bag = bag;
        _binder = new DeclarationBinder(domain, bag, syntaxErrors);
    }

    private bool IsReform => _baseName is not null;

    /// <summary>What this regime removes, and where: a later use of the name is reported there.</summary>
    public Dictionary<(ChangeTarget, string), SourceSpan> Removed { get; } = new();

    public List<RegimeChange> Changes { get; } = new();

    public void Apply()
    {
        var regroups = _unit.Declarations.OfType<RegroupSyntax>().ToList();
        foreach (var extra in regroups.Skip(1)) _bag.Report(DiagnosticDescriptors.DuplicateRegroup, extra.Span);
        var regroup = regroups.FirstOrDefault();
        if (regroup is not null && !IsReform)
        {
            _bag.Report(DiagnosticDescriptors.DeltaWithoutBase, regroup.Span, "regroup", _unit.Header.Name.Text);
            regroup = null;
        }
        if (regroup is not null) ApplyRegroup(regroup);

        foreach (var declaration in _unit.Declarations)
        {
            switch (declaration)
            {
                case GroupSyntax g when regroup is null || g.Delta != DeltaKind.None:
                    ApplyGroup(g);
                    break;
                case ParameterSyntax p:
                    ApplyParameter(p);
                    break;
                case RequirementSyntax r:
                    ApplyRequirement(r);
                    break;
                case QuotaSyntax q:
                    ApplyQuota(q);
                    break;
                case SupervisionSyntax s:
                    ApplySupervision(s);
                    break;
                case RemoveSyntax remove:
                    ApplyRemove(remove);
                    break;
            }
        }
    }

    private void ApplyGroup(GroupSyntax syntax)
    {
        if (syntax.From is { Count: > 0 })
        {
            _bag.Report(DiagnosticDescriptors.FromWithoutRegroup, syntax.From[0].Span, syntax.Name.Text);
        }
        var draft = _binder.BindGroup(syntax) with { From = Collections.EquatableArray<string>.Empty };
        Declare(ChangeTarget.Group, syntax.Name, syntax.Delta, _draft.FindGroup(syntax.Name.Text),
            () => _draft.Groups.Add(draft), i => _draft.Groups[i] = draft, draft.Citation, syntax.Span);
    }

    private void ApplyParameter(ParameterSyntax syntax)
    {
        var existing = _draft.FindParameter(syntax.Name.Text);
        var unit = syntax.Unit;
        if (syntax.Delta == DeltaKind.Override && existing >= 0)
        {
            var baseUnit = _draft.Parameters[existing].Unit;
            if (unit is not null && unit != baseUnit)
            {
                _bag.Report(DiagnosticDescriptors.TypeMismatch, syntax.UnitSpan ?? syntax.Name.Span,
                    $"the override gives parameter {syntax.Name.Text} in {DeclarationBinder.UnitWord(unit.Value)}, but it is in {DeclarationBinder.UnitWord(baseUnit)}");
                return;
            }
            unit = baseUnit;
        }
        if (unit is null)
        {
            // An override of a name the base lacks (or with no base): Declare says which.
            Declare(ChangeTarget.Parameter, syntax.Name, syntax.Delta, existing, () => { }, _ => { }, null, syntax.Span);
            return;
        }
        var draft = _binder.BindParameter(syntax, unit.Value);
        var old = existing >= 0 ? _draft.Parameters[existing] : null;
        Declare(ChangeTarget.Parameter, syntax.Name, syntax.Delta, existing,
            () => _draft.Parameters.Add(draft),
            i => _draft.Parameters[i] = draft with { Title = draft.Title ?? old?.Title },
            syntax.Values.Select(v => DeclarationBinder.Cite(v.Citation)).FirstOrDefault(c => c is not null), syntax.Span);
    }

    private void ApplyRequirement(RequirementSyntax syntax)
    {
        var draft = _binder.BindRequirement(syntax);
        if (draft is null)
        {
            _own.Add((ChangeTarget.Requirement, syntax.Name.Text));
            return;
        }
        Declare(ChangeTarget.Requirement, syntax.Name, syntax.Delta, _draft.FindRequirement(syntax.Name.Text),
            () => _draft.Requirements.Add(draft), i => _draft.Requirements[i] = draft, draft.Citation, syntax.Span);
    }

    private void ApplyQuota(QuotaSyntax syntax)
    {
        var share = _binder.Operand(syntax.Share, OperandUse.Share, "The quota's share");
        var from = _binder.WholeConstant(syntax.FromWeek, "The first week of the quota's window");
        var until = _binder.WholeConstant(syntax.UntilWeek, "The end week of the quota's window");
        if (share is null || from is null || until is null) return;
        if (from >= until)
        {
            _bag.Report(DiagnosticDescriptors.EmptyRange, syntax.FromWeek.Span, from, until);
            return;
        }
        var groups = syntax.Groups.Select(g => new NameRef(g.Text, g.Span)).ToList();
        var (fromDay, untilDay) = _binder.Interval(syntax.From, syntax.Until);
        var draft = new QuotaDraft(syntax.Requirement.Text, syntax.Requirement.Span, share, groups, from.Value, until.Value,
            fromDay, untilDay, DeclarationBinder.Cite(syntax.Citation), syntax.Span);
        Declare(ChangeTarget.Quota, syntax.Requirement, syntax.Delta, _draft.FindQuota(syntax.Requirement.Text),
            () => _draft.Quotas.Add(draft), i => _draft.Quotas[i] = draft, draft.Citation, syntax.Span);
    }

    private void ApplySupervision(SupervisionSyntax syntax)
    {
        var where = "Supervision " + syntax.Name.Text;
        if (syntax.MeasuredKind is null) _binder.MissingClause(syntax.Span, syntax.Name.Span, where, "'measure' clause");
        if (syntax.Threshold is null) _binder.MissingClause(syntax.Span, syntax.Name.Span, where, "'threshold' clause");
        var minWeeks = syntax.MinCumulativeWeeks is null ? null : _binder.WholeConstant(syntax.MinCumulativeWeeks, "The cumulative weeks");
        var window = syntax.WindowWeeks is null ? null : _binder.WholeConstant(syntax.WindowWeeks, "The window in weeks");
        var threshold = syntax.Threshold is null ? null : _binder.Operand(syntax.Threshold, OperandUse.Share, "The threshold");
        var costs = _binder.BindCosts(syntax.Costs);
        var exemptions = _binder.BindExemptions(syntax.Exemptions);
        if (syntax.MeasuredKind is null || minWeeks is null || window is null || threshold is null)
        {
            _own.Add((ChangeTarget.Supervision, syntax.Name.Text));
            return;
        }
        var draft = new SupervisionDraft(syntax.Name.Text, syntax.Title?.Text, minWeeks.Value, window.Value,
            syntax.MeasuredKind.Value, threshold, costs, exemptions, DeclarationBinder.Cite(syntax.Citation), syntax.Span)
        {
            ResultGated = syntax.ResultGated,
            Alternative = syntax.Alternative?.Text,
        };
        Declare(ChangeTarget.Supervision, syntax.Name, syntax.Delta, _draft.FindSupervision(syntax.Name.Text),
            () => _draft.Supervisions.Add(draft), i => _draft.Supervisions[i] = draft, draft.Citation, syntax.Span);
    }

    private void ApplyRemove(RemoveSyntax syntax)
    {
        var name = syntax.Name.Text;
        var citation = DeclarationBinder.Cite(syntax.Citation);
        if (!IsReform)
        {
            _bag.Report(DiagnosticDescriptors.DeltaWithoutBase, syntax.Span, "remove", _unit.Header.Name.Text);
            return;
        }
        int index;
        switch (syntax.Target)
        {
            case ChangeTarget.Group:
                index = _draft.FindGroup(name);
                if (index >= 0) _draft.Groups.RemoveAt(index);
                break;
            case ChangeTarget.Parameter:
                index = _draft.FindParameter(name);
                if (index >= 0) _draft.Parameters.RemoveAt(index);
                break;
            case ChangeTarget.Requirement:
                index = _draft.FindRequirement(name);
                if (index >= 0)
                {
                    _draft.Requirements.RemoveAt(index);
                    // A quota is named by its requirement and cannot outlive it.
                    var quota = _draft.FindQuota(name);
                    if (quota >= 0)
                    {
                        _draft.Quotas.RemoveAt(quota);
                        Removed[(ChangeTarget.Quota, name)] = syntax.Span;
                        Changes.Add(new RegimeChange(ChangeKind.Removed, ChangeTarget.Quota, name, citation, syntax.Span));
                    }
                }
                break;
            case ChangeTarget.Quota:
                index = _draft.FindQuota(name);
                if (index >= 0) _draft.Quotas.RemoveAt(index);
                break;
            default:
                index = _draft.FindSupervision(name);
                if (index >= 0) _draft.Supervisions.RemoveAt(index);
                break;
        }
        if (index < 0)
        {
            _bag.Report(DiagnosticDescriptors.BaseLacksName, syntax.Name.Span, "remove", TargetWord(syntax.Target), name, _baseName);
            return;
        }
        Removed[(syntax.Target, name)] = syntax.Span;
        Changes.Add(new RegimeChange(ChangeKind.Removed, syntax.Target, name, citation, syntax.Span));
    }

    /// <summary>
    /// Adds or swaps one named item. A plain declaration of a name that exists is a duplicate
    /// (in this file) or a clash with the base; a replace or override needs the name to exist.
    /// </summary>
    private void Declare(ChangeTarget target, NameSyntax name, DeltaKind delta, int existing, Action add, Action<int> replace,
        Citation? citation, SourceSpan span)
    {
        var word = TargetWord(target);
        var declaredHere = !_own.Add((target, name.Text));
        if (delta == DeltaKind.None)
        {
            if (existing >= 0 || declaredHere)
            {
                if (declaredHere || !IsReform) _bag.Report(DiagnosticDescriptors.DuplicateName, name.Span, word, name.Text);
                else _bag.Report(DiagnosticDescriptors.BaseHasName, name.Span, word, name.Text, _baseName);
                return;
            }
            add();
            if (IsReform) Changes.Add(new RegimeChange(ChangeKind.Added, target, name.Text, citation, span));
            return;
        }
        var verb = delta == DeltaKind.Override ? "override" : "replace";
        if (!IsReform)
        {
            _bag.Report(DiagnosticDescriptors.DeltaWithoutBase, span, verb, _unit.Header.Name.Text);
            return;
        }
        if (declaredHere)
        {
            _bag.Report(DiagnosticDescriptors.DuplicateName, name.Span, word, name.Text);
            return;
        }
        if (existing < 0)
        {
            _bag.Report(DiagnosticDescriptors.BaseLacksName, name.Span, verb, word, name.Text, _baseName);
            return;
        }
        replace(existing);
        Changes.Add(new RegimeChange(delta == DeltaKind.Override ? ChangeKind.Overridden : ChangeKind.Replaced, target, name.Text, citation, span));
    }

    public static string TargetWord(ChangeTarget target) => target switch
    {
        ChangeTarget.Group => "group",
        ChangeTarget.Parameter => "parameter",
        ChangeTarget.Requirement => "requirement",
        ChangeTarget.Quota => "quota",
        _ => "supervision",
    };
}
