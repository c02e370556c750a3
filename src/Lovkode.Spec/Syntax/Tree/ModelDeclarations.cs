using System.Collections.Generic;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Syntax.Tree;

/// <summary>
/// <c>model Name "title"</c> with its header clauses <c>domain</c>, <c>source</c>,
/// <c>currency</c> and a citation: the header of a model file (docs/spec-language.md, "Model files").
/// </summary>
public sealed record ModelHeaderSyntax(
    NameSyntax Name,
    TitleSyntax? Title,
    NameSyntax? Domain,
    TitleSyntax? Source,
    CitationSyntax? Citation,
    SourceSpan Span) : DeclarationSyntax(Span)
{
    /// <summary><c>currency CODE</c>: the ISO 4217 code of the model's money, or null (DKK).</summary>
    public NameSyntax? Currency { get; init; }
}

/// <summary>A number of a model as written: a constant with its optional range, or <c>law Name</c>, a parameter of the regime in force.</summary>
public sealed record ModelNumberSyntax(NumberSyntax? Constant, NameSyntax? Law, RangeSyntax? Range, SourceSpan Span);

/// <summary>A clause that states one number: the number and the citation and confidence at the end of its line.</summary>
public sealed record ValueClauseSyntax(ModelNumberSyntax Number, CitationSyntax? Citation, ConfidenceSyntax? Confidence, SourceSpan Span);

/// <summary><c>fact = value</c> in a cohort's key or a transition's destination.</summary>
public sealed record FactSettingSyntax(NameSyntax Fact, ValueSyntax Value, SourceSpan Span);

/// <summary><c>area fact</c>: the enum fact results and supervision are split by.</summary>
public sealed record AreaSyntax(NameSyntax Fact, CitationSyntax? Citation, SourceSpan Span) : DeclarationSyntax(Span)
{
    /// <summary><c>result spread V</c>: the standard deviation of an area's result measure (actual ÷ expected − 1), or null.</summary>
    public ValueClauseSyntax? ResultSpread { get; init; }

    /// <summary><c>result worse above V</c>: the deviation above which an area's result is worse than expected, or null.</summary>
    public ValueClauseSyntax? WorseAbove { get; init; }

    /// <summary><c>alternative V</c>: the share of measured cases without the measured event that meet a supervision rule's alternative, or null.</summary>
    public ValueClauseSyntax? Alternative { get; init; }
}

/// <summary><c>table Name "title" of fact</c> and its rows <c>Member weight, …</c>.</summary>
public sealed record TableSyntax(
    NameSyntax Name,
    TitleSyntax? Title,
    NameSyntax? Fact,
    IReadOnlyList<TableRowSyntax> Rows,
    CitationSyntax? Citation,
    SourceSpan Span) : DeclarationSyntax(Span);

public sealed record TableRowSyntax(NameSyntax Member, NumberSyntax Weight, SourceSpan Span);

/// <summary><c>all cohorts</c> and its draws: every cohort uses them for the facts it does not draw itself.</summary>
public sealed record AllCohortsSyntax(IReadOnlyList<DrawSyntax> Draws, SourceSpan Span) : DeclarationSyntax(Span);

public sealed record CohortSyntax(
    NameSyntax Name,
    TitleSyntax? Title,
    IReadOnlyList<FactSettingSyntax>? Key,
    ValueClauseSyntax? Stock,
    ValueClauseSyntax? Inflow,
    IReadOnlyList<HazardSyntax> Hazards,
    IReadOnlyList<DrawSyntax> Draws,
    ValueClauseSyntax? ElapsedBelow,
    CitationSyntax? Citation,
    SourceSpan Span) : DeclarationSyntax(Span);

/// <summary><c>hazard H in weeks A..B</c> (UntilWeek set) or <c>hazard H from week A</c> (open-ended).</summary>
public sealed record HazardSyntax(ValueClauseSyntax Value, NumberSyntax FromWeek, NumberSyntax? UntilWeek, SourceSpan Span);

/// <summary><c>draw fact DISTRIBUTION [when C] citation</c>: one case of a fact's draw.</summary>
public sealed record DrawSyntax(
    NameSyntax Fact,
    DistributionSyntax Distribution,
    ExprSyntax? Condition,
    CitationSyntax? Citation,
    ConfidenceSyntax? Confidence,
    SourceSpan Span);

public abstract record DistributionSyntax(SourceSpan Span);

/// <summary><c>= value</c>.</summary>
public sealed record FixedDrawSyntax(ValueSyntax Value, SourceSpan Span) : DistributionSyntax(Span);

/// <summary><c>45%</c>: a bool fact true with this share.</summary>
public sealed record ShareDrawSyntax(ModelNumberSyntax Share, SourceSpan Span) : DistributionSyntax(Span);

/// <summary><c>Member w, Member w</c>: an enum fact's members with relative weights.</summary>
public sealed record CategoricalDrawSyntax(IReadOnlyList<WeightedMemberSyntax> Members, SourceSpan Span) : DistributionSyntax(Span);

public sealed record WeightedMemberSyntax(NameSyntax Member, ModelNumberSyntax Weight, SourceSpan Span);

/// <summary><c>uniform LO..HI</c>.</summary>
public sealed record UniformDrawSyntax(NumberSyntax Low, NumberSyntax High, SourceSpan Span) : DistributionSyntax(Span);

/// <summary><c>triangular LO..HI mode M</c>; the mode may carry a range.</summary>
public sealed record TriangularDrawSyntax(NumberSyntax Low, NumberSyntax High, ModelNumberSyntax Mode, SourceSpan Span) : DistributionSyntax(Span);

/// <summary><c>histogram A..B: w, C..D: w</c>.</summary>
public sealed record HistogramDrawSyntax(IReadOnlyList<BinSyntax> Bins, SourceSpan Span) : DistributionSyntax(Span);

public sealed record BinSyntax(NumberSyntax Low, NumberSyntax High, ModelNumberSyntax Weight, SourceSpan Span);

/// <summary><c>from Table</c>.</summary>
public sealed record TableDrawSyntax(NameSyntax Table, SourceSpan Span) : DistributionSyntax(Span);

public enum TriggerKind
{
    /// <summary><c>after N cumulative weeks</c>.</summary>
    AfterCumulativeWeeks,
    /// <summary><c>at spell week N</c>.</summary>
    AtSpellWeek,
    /// <summary><c>at entry</c>.</summary>
    AtEntry,
}

public enum BranchOutcomeKind
{
    Stay,
    Leave,
    Move,
}

public sealed record TransitionSyntax(
    NameSyntax Name,
    TitleSyntax? Title,
    ExprSyntax? Condition,
    TriggerSyntax? Trigger,
    IReadOnlyList<BranchSyntax> Branches,
    CitationSyntax? Citation,
    SourceSpan Span) : DeclarationSyntax(Span);

/// <summary>The event: Weeks is null for <c>at entry</c>.</summary>
public sealed record TriggerSyntax(TriggerKind Kind, ValueClauseSyntax? Weeks, SourceSpan Span);

/// <summary><c>SHARE OUTCOME</c>, or <c>rest OUTCOME</c> when Share is null.</summary>
public sealed record BranchSyntax(ValueClauseSyntax? Share, BranchOutcomeKind Outcome, IReadOnlyList<DestinationSyntax> Destinations, SourceSpan Span)
{
    /// <summary><c>move within spell to …</c>: the move keeps the spell.</summary>
    public bool KeepsSpell { get; init; }
}

/// <summary><c>to fact = value, … [when C]</c>.</summary>
public sealed record DestinationSyntax(IReadOnlyList<FactSettingSyntax> Set, ExprSyntax? Condition, SourceSpan Span);

public sealed record PracticeSyntax(
    NameSyntax Name,
    TitleSyntax? Title,
    ExprSyntax? Condition,
    ValueClauseSyntax? Interval,
    ValueClauseSyntax? FromWeek,
    NameSyntax? Requirement,
    CitationSyntax? Citation,
    SourceSpan Span) : DeclarationSyntax(Span)
{
    /// <summary><c>until week N</c>: the spell week the practice stops in (not included), or null.</summary>
    public ValueClauseSyntax? UntilWeek { get; init; }

    /// <summary><c>under Regime, …</c>: the regimes the practice is held under, or null (all).</summary>
    public IReadOnlyList<NameSyntax>? Regimes { get; init; }
}

public sealed record ChoiceSyntax(
    NameSyntax Name,
    TitleSyntax? Title,
    NameSyntax? Channel,
    bool Meetings,
    bool AfterFirst,
    IReadOnlyList<NameSyntax>? Requirements,
    IReadOnlyList<NameSyntax>? Actors,
    IReadOnlyList<DatedShareSyntax> Shares,
    CitationSyntax? Citation,
    SourceSpan Span) : DeclarationSyntax(Span)
{
    /// <summary><c>saves citizen N minutes</c>: the citizen's minutes the chosen channel saves an interview, or null.</summary>
    public ValueClauseSyntax? CitizenSaving { get; init; }
}

/// <summary><c>SHARE [from DATE] [until DATE] citation</c>.</summary>
public sealed record DatedShareSyntax(ValueClauseSyntax Share, DateSyntax? From, DateSyntax? Until, SourceSpan Span);

public sealed record EffectSyntax(
    NameSyntax Name,
    TitleSyntax? Title,
    ExprSyntax? Condition,
    RequirementKind? After,
    ValueClauseSyntax? Multiplier,
    ValueClauseSyntax? Weeks,
    CitationSyntax? Citation,
    SourceSpan Span) : DeclarationSyntax(Span);

/// <summary><c>cost hour VALUE [dkk|money]</c> (IsHour) or <c>cost fte VALUE [hours]</c>.</summary>
public sealed record ModelCostSyntax(bool IsHour, ValueClauseSyntax Value, SourceSpan Span) : DeclarationSyntax(Span)
{
    /// <summary>Where <c>dkk</c> follows the hour's cost (it names a currency), or null.</summary>
    public SourceSpan? DkkSpan { get; init; }
}

public sealed record TargetSyntax(
    NameSyntax Name,
    TitleSyntax? Title,
    TitleSyntax? Metric,
    NumberSyntax? Value,
    NumberSyntax? Tolerance,
    NumberSyntax? Year,
    DateSyntax? From,
    NumberSyntax? Weeks,
    NameSyntax? Regime,
    CitationSyntax? Citation,
    SourceSpan Span) : DeclarationSyntax(Span)
{
    /// <summary>
    /// <c>falls by N</c> (false) or <c>rises by N</c> (true) instead of <c>= N</c>: a target on the
    /// difference against <see cref="Against"/>; null for <c>= N</c>. <see cref="Value"/> holds N.
    /// </summary>
    public bool? Rises { get; init; }

    /// <summary>The word <c>falls</c> or <c>rises</c>, for diagnostics.</summary>
    public SourceSpan? ChangeSpan { get; init; }

    /// <summary><c>against Regime</c>: the regime a difference is measured against, or null.</summary>
    public NameSyntax? Against { get; init; }
}

/// <summary><c>names female "…", … male "…", … family "…", …</c>.</summary>
public sealed record NamesSyntax(
    IReadOnlyList<TitleSyntax> Female,
    IReadOnlyList<TitleSyntax> Male,
    IReadOnlyList<TitleSyntax> Family,
    CitationSyntax? Citation,
    SourceSpan Span) : DeclarationSyntax(Span);
