using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Model;

/// <summary>
/// <c>quota R at least 75% of G within weeks A..B</c>: requirement R need only be met for the
/// given share of the citizens in groups G during spell weeks [A, B). The engine decides whom
/// to skip (docs/model.md); the evaluator still reports R as due. With <c>from</c>/<c>until</c>
/// dates it holds only on the days in between.
/// </summary>
public sealed record BoundQuota(
    int RequirementIndex,
    string RequirementName,
    BoundOperand Share,
    EquatableArray<int> Groups,
    int FromWeek,
    int UntilWeek,
    Citation? Citation,
    BoundSpan Span)
{
    /// <summary>The first day the quota is in force (<c>from DATE</c>), or null: from the regime's start.</summary>
    public int? FromDay { get; init; }

    /// <summary>The day the quota ends (<c>until DATE</c>, exclusive), or null: no end.</summary>
    public int? UntilDay { get; init; }
}

/// <summary>
/// Supervision of municipalities (tilsyn): among a municipality's cases with at least
/// <see cref="MinCumulativeWeeks"/> cumulative weeks, the share that had an event of
/// <see cref="MeasuredKind"/> within the last <see cref="WindowWeeks"/> weeks. Below
/// <see cref="Threshold"/> the municipality is put under supervision, which costs
/// <see cref="Costs"/> per municipality per year (caseworker minutes and DKK). A case for
/// which an <see cref="Exemptions"/> condition holds is not counted; a municipality with no
/// counted case is not under supervision, so a condition on the municipality exempts it.
/// </summary>
public sealed record BoundSupervision(
    string Name,
    int Index,
    string? Title,
    int MinCumulativeWeeks,
    int WindowWeeks,
    RequirementKind MeasuredKind,
    BoundOperand Threshold,
    EquatableArray<BoundCost> Costs,
    EquatableArray<BoundExemption> Exemptions,
    Citation? Citation,
    BoundSpan Span)
{
    /// <summary><c>only where result worse</c>: examined only in a year the area's result measure is worse than expected.</summary>
    public bool ResultGated { get; init; }

    /// <summary><c>or alternative "title"</c>: the title of what else covers a case, or null.</summary>
    public string? Alternative { get; init; }
}
