using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Drafts;

/// <summary>
/// A regime while it is being bound: names instead of indices, so that a reform can copy its
/// base's draft, apply its deltas by name, and only then number everything. Items are
/// immutable; a copy clones the lists, never the items, and the base is never changed.
/// </summary>
internal sealed class RegimeDraft
{
    public NamedList<GroupDraft> Groups { get; private set; } = new(g => g.Name);

    public NamedList<ParameterDraft> Parameters { get; private set; } = new(p => p.Name);

    public NamedList<RequirementDraft> Requirements { get; private set; } = new(r => r.Name);

    /// <summary>Quotas are named by their requirement.</summary>
    public NamedList<QuotaDraft> Quotas { get; private set; } = new(q => q.Requirement);

    public NamedList<SupervisionDraft> Supervisions { get; private set; } = new(s => s.Name);

    public RegimeDraft Copy() => new()
    {
        Groups = Groups.Copy(),
        Parameters = Parameters.Copy(),
        Requirements = Requirements.Copy(),
        Quotas = Quotas.Copy(),
        Supervisions = Supervisions.Copy(),
    };

    public int FindGroup(string name) => Groups.IndexOf(name);

    public int FindParameter(string name) => Parameters.IndexOf(name);

    public int FindRequirement(string name) => Requirements.IndexOf(name);

    public int FindQuota(string requirement) => Quotas.IndexOf(requirement);

    public int FindSupervision(string name) => Supervisions.IndexOf(name);
}

/// <summary>A name used somewhere, kept with its place so that a bad reference can be reported there.</summary>
internal sealed record NameRef(string Name, SourceSpan Span);

internal sealed record GroupDraft(
    string Name,
    string? Title,
    BoundExpr Condition,
    bool IsOutside,
    EquatableArray<string> From,
    Citation? Citation,
    SourceSpan Span);

internal sealed record ParameterDraft(
    string Name,
    ParameterUnit Unit,
    string? Title,
    IReadOnlyList<ParameterValueDraft> Values,
    SourceSpan Span);

/// <summary>One value line; Group is null for a default that holds for every group.</summary>
internal sealed record ParameterValueDraft(
    NameRef? Group,
    double Value,
    int? FromDay,
    int? UntilDay,
    Citation? Citation,
    SourceSpan Span)
{
    public BoundRange? Range { get; init; }

    public ConfidenceLevel? Confidence { get; init; }
}

/// <summary>What an operand is used for: it decides the parameter unit it needs.</summary>
internal enum OperandUse
{
    Weeks,
    Count,
    Minutes,
    Dkk,
    Share,
}

internal sealed record OperandDraft(double Constant, NameRef? Parameter, OperandUse Use, string UseText, SourceSpan Span);

internal sealed record ScheduleDraft(
    ScheduleKind Kind,
    OperandDraft? Count,
    OperandDraft? Weeks,
    OperandDraft? From,
    OperandDraft? Until,
    SourceSpan Span);

internal sealed record CostDraft(CostComponent Component, OperandDraft Amount, SourceSpan Span);

/// <summary>A requirement; Groups null means every group that is not outside, resolved when the regime is built.</summary>
internal sealed record RequirementDraft(
    string Name,
    RequirementKind Kind,
    string? Title,
    IReadOnlyList<NameRef>? Groups,
    int ActorIndex,
    int ChannelIndex,
    ScheduleDraft Schedule,
    IReadOnlyList<CostDraft> Costs,
    BoundExpr? Condition,
    EquatableArray<BoundExemption> Exemptions,
    int? FromDay,
    int? UntilDay,
    Citation? Citation,
    SourceSpan Span);

internal sealed record QuotaDraft(
    string Requirement,
    SourceSpan RequirementSpan,
    OperandDraft Share,
    IReadOnlyList<NameRef> Groups,
    int FromWeek,
    int UntilWeek,
    int? FromDay,
    int? UntilDay,
    Citation? Citation,
    SourceSpan Span);

internal sealed record SupervisionDraft(
    string Name,
    string? Title,
    int MinCumulativeWeeks,
    int WindowWeeks,
    RequirementKind MeasuredKind,
    OperandDraft Threshold,
    IReadOnlyList<CostDraft> Costs,
    EquatableArray<BoundExemption> Exemptions,
    Citation? Citation,
    SourceSpan Span)
{
    public bool ResultGated { get; init; }

    public string? Alternative { get; init; }
}
