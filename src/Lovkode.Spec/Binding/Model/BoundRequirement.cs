using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Model;

public sealed record BoundCost(CostComponent Component, BoundOperand Amount, BoundSpan Span);

/// <summary><c>except when …</c>: a condition under which the requirement does not apply, with its own citation.</summary>
public sealed record BoundExemption(BoundExpr Condition, Citation? Citation, BoundSpan Span);

/// <summary>
/// A process rule (proceskrav). It applies to the citizens of <see cref="Groups"/> (group
/// indices, never empty after binding: "all groups" is resolved to every group that is not
/// outside) for whom <see cref="Condition"/> holds and no exemption holds, on dates in
/// [FromDay, UntilDay), and falls due by <see cref="Schedule"/>.
/// </summary>
public sealed record BoundRequirement(
    string Name,
    int Index,
    RequirementKind Kind,
    string? Title,
    EquatableArray<int> Groups,
    int ActorIndex,
    int ChannelIndex,
    BoundSchedule Schedule,
    EquatableArray<BoundCost> Costs,
    BoundExpr? Condition,
    EquatableArray<BoundExemption> Exemptions,
    int? FromDay,
    int? UntilDay,
    Citation? Citation,
    BoundSpan Span);
