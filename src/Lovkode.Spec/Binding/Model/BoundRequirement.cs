using Lovkode.Spec.Collections;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Model;

/// <summary>What kind of process event a requirement creates. Engine concepts, not domain words.</summary>
public enum RequirementKind
{
    /// <summary>An interview or meeting with the citizen (samtale).</summary>
    Meeting,
    /// <summary>A task with a deadline, e.g. a CV on Jobnet.</summary>
    Task,
    /// <summary>An active offer (tilbud): a programme, training, subsidised job.</summary>
    Offer,
    /// <summary>A documentation duty, e.g. a status in Min Plan.</summary>
    Documentation,
}

public enum CostComponent
{
    /// <summary>Caseworker minutes with the citizen.</summary>
    Meeting,
    /// <summary>Caseworker minutes before the meeting.</summary>
    Preparation,
    /// <summary>Caseworker minutes after: registration, communication.</summary>
    FollowUp,
    /// <summary>Caseworker minutes spent documenting.</summary>
    Documentation,
    /// <summary>Minutes of the citizen's own time.</summary>
    Citizen,
    /// <summary>Direct cost in DKK, e.g. the price of an offer.</summary>
    Dkk,
}

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
