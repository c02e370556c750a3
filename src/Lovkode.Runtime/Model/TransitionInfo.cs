namespace Lovkode.Runtime;

/// <summary>
/// An event that changes a person's facts and may start a new spell (or keep it,
/// <see cref="TransitionBranch.KeepsSpell"/>): exhaustion after N
/// cumulative weeks, a reassessment in a given spell week, or admission on entry (where a
/// closed programme sends a new case elsewhere). The trigger's weeks are usually the law's
/// (<see cref="ModelOperand.Law"/>); the shares of who goes where are the model's.
/// </summary>
/// <param name="Condition">Whom the transition concerns (an index into <see cref="ModelInfo.Conditions"/>); evaluated when the person's facts are set.</param>
/// <param name="Weeks">For <see cref="TransitionTrigger.AfterCumulativeWeeks"/> and <see cref="TransitionTrigger.AtSpellWeek"/>: the week count; null for <see cref="TransitionTrigger.AtEntry"/>.</param>
/// <param name="Branches">Who goes where, each with a share; one branch may take the rest. Exactly one branch is taken, by one uniform draw.</param>
public sealed record TransitionInfo(
    string Name,
    string Title,
    int Condition,
    TransitionTrigger Trigger,
    ModelOperand? Weeks,
    IReadOnlyList<TransitionBranch> Branches,
    Citation Citation,
    SourceLocation Location);

public enum TransitionTrigger : byte
{
    /// <summary>At the end of the week in which the person's cumulative weeks on benefit reach <see cref="TransitionInfo.Weeks"/>; a move starts a new spell the next week (unless the branch <see cref="TransitionBranch.KeepsSpell"/>).</summary>
    AfterCumulativeWeeks,
    /// <summary>At the end of spell week <see cref="TransitionInfo.Weeks"/> − 1; a move starts a new spell the next week (unless the branch <see cref="TransitionBranch.KeepsSpell"/>).</summary>
    AtSpellWeek,
    /// <summary>In the week the person's case starts, before the law classifies them; a move changes the facts of that same spell.</summary>
    AtEntry,
}

/// <summary>One outcome of a transition: a share (null: whatever the other branches leave), and what happens.</summary>
public sealed record TransitionBranch(ModelOperand? Share, BranchOutcome Outcome, IReadOnlyList<Destination> Destinations, Citation Citation)
{
    /// <summary>
    /// For a <see cref="BranchOutcome.Move"/> (<c>move within spell to …</c>): the facts and the
    /// cohort change, but the spell goes on: its spell week, the law's schedules, the transitions
    /// already taken and the first meeting stay as they were, and from the next week the hazard is
    /// the new cohort's at the same spell week. For a law whose process follows the person rather
    /// than the benefit (in Finland the service process follows the jobseeker's registration, so
    /// the end of the earnings-related allowance starts no new spell). False (the default): a
    /// move starts a new spell the next week, as the Danish law's benefit changes do. A move at
    /// entry always stays in its spell.
    /// </summary>
    public bool KeepsSpell { get; init; }
}

public enum BranchOutcome : byte
{
    /// <summary>Nothing changes.</summary>
    Stay,
    /// <summary>The person leaves benefit (counted as an exit).</summary>
    Leave,
    /// <summary>The person's facts change to the first destination whose condition holds.</summary>
    Move,
}

/// <summary>Where a move goes when <see cref="Condition"/> holds (-1: otherwise): the facts it sets; the others keep their values.</summary>
public sealed record Destination(int Condition, IReadOnlyList<FactSetting> Set);
