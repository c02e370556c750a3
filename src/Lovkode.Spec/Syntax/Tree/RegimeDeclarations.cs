using System.Collections.Generic;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Syntax.Tree;

/// <summary><c>group</c> or <c>outside</c> (IsOutside), with optional <c>from</c> (regroup), <c>when</c> and citation.</summary>
public sealed record GroupSyntax(
    DeltaKind Delta,
    bool IsOutside,
    NameSyntax Name,
    TitleSyntax? Title,
    IReadOnlyList<NameSyntax>? From,
    ExprSyntax? Condition,
    CitationSyntax? Citation,
    SourceSpan Span) : DeclarationSyntax(Span);

/// <summary><c>parameter Name unit "title"</c> and its value lines; Unit is null when an override leaves it out.</summary>
public sealed record ParameterSyntax(
    DeltaKind Delta,
    NameSyntax Name,
    ParameterUnit? Unit,
    SourceSpan? UnitSpan,
    TitleSyntax? Title,
    IReadOnlyList<ParameterValueSyntax> Values,
    SourceSpan Span) : DeclarationSyntax(Span);

/// <summary><c>[for G, G] = value [range LO..HI shape] [from DATE] [until DATE] citation [confidence LEVEL]</c>; For is null for a default.</summary>
public sealed record ParameterValueSyntax(
    IReadOnlyList<NameSyntax>? For,
    NumberSyntax Value,
    DateSyntax? From,
    DateSyntax? Until,
    CitationSyntax? Citation,
    SourceSpan Span)
{
    public RangeSyntax? Range { get; init; }

    public ConfidenceSyntax? Confidence { get; init; }
}

public sealed record RequirementSyntax(
    DeltaKind Delta,
    NameSyntax Name,
    RequirementKind Kind,
    TitleSyntax? Title,
    IReadOnlyList<NameSyntax>? For,
    NameSyntax? Actor,
    NameSyntax? Channel,
    ScheduleSyntax? Schedule,
    IReadOnlyList<CostSyntax> Costs,
    ExprSyntax? Condition,
    IReadOnlyList<ExemptionSyntax> Exemptions,
    DateSyntax? From,
    DateSyntax? Until,
    CitationSyntax? Citation,
    SourceSpan Span) : DeclarationSyntax(Span);

/// <summary>A schedule as written; which operands are set follows <see cref="BoundSchedule"/>.</summary>
public sealed record ScheduleSyntax(
    ScheduleKind Kind,
    OperandSyntax? Count,
    OperandSyntax? Weeks,
    OperandSyntax? From,
    OperandSyntax? Until,
    SourceSpan Span);

/// <summary>One cost item; InHours when the amount is written in hours.</summary>
public sealed record CostSyntax(CostComponent Component, OperandSyntax Amount, bool InHours, SourceSpan Span);

public sealed record ExemptionSyntax(ExprSyntax Condition, CitationSyntax? Citation, SourceSpan Span);

/// <summary><c>quota R at least SHARE of G, G within weeks A..B citation</c>.</summary>
public sealed record QuotaSyntax(
    DeltaKind Delta,
    NameSyntax Requirement,
    OperandSyntax Share,
    IReadOnlyList<NameSyntax> Groups,
    OperandSyntax FromWeek,
    OperandSyntax UntilWeek,
    DateSyntax? From,
    DateSyntax? Until,
    CitationSyntax? Citation,
    SourceSpan Span) : DeclarationSyntax(Span);

/// <summary>
/// <c>supervision Name "title" measure KIND among cases after N cumulative weeks over W weeks
/// threshold T cost … except when C … citation</c>.
/// </summary>
public sealed record SupervisionSyntax(
    DeltaKind Delta,
    NameSyntax Name,
    TitleSyntax? Title,
    RequirementKind? MeasuredKind,
    OperandSyntax? MinCumulativeWeeks,
    OperandSyntax? WindowWeeks,
    OperandSyntax? Threshold,
    IReadOnlyList<CostSyntax> Costs,
    IReadOnlyList<ExemptionSyntax> Exemptions,
    CitationSyntax? Citation,
    SourceSpan Span) : DeclarationSyntax(Span)
{
    /// <summary><c>only where result worse</c>: the rule examines an area only in a year its result measure is worse than expected.</summary>
    public bool ResultGated { get; init; }

    /// <summary><c>or alternative "title"</c>: what else covers a case than the measured event, or null.</summary>
    public TitleSyntax? Alternative { get; init; }
}

/// <summary><c>remove requirement|parameter|quota|supervision|group Name citation</c>.</summary>
public sealed record RemoveSyntax(ChangeTarget Target, NameSyntax Name, CitationSyntax? Citation, SourceSpan Span) : DeclarationSyntax(Span);

/// <summary><c>regroup citation</c>: the groups of this file replace the base's.</summary>
public sealed record RegroupSyntax(CitationSyntax? Citation, SourceSpan Span) : DeclarationSyntax(Span);
