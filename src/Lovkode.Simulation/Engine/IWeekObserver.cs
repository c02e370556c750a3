using System.Runtime.CompilerServices;
using Lovkode.Runtime;

namespace Lovkode.Simulation.Engine;

/// <summary>
/// Sees what the week loop does to each person, for traces. The loop is generic over a struct
/// observer, so the run's <see cref="NoObserver"/> compiles to nothing and a trace replays the
/// very code the run executes.
/// </summary>
internal interface IWeekObserver
{
    void Week(int person, int week, int spellWeek, int cumulativeWeeks, int group);

    /// <summary>A requirement due; <paramref name="channel"/> is the one it was held through (a channel choice may change the requirement's own).</summary>
    void Event(int person, int week, int requirement, in EventCost cost, bool skippedByQuota, int channel);

    /// <summary>An interview of the model's practice contact <paramref name="practice"/> that no rule demanded.</summary>
    void Practice(int person, int week, int practice, in EventCost cost, int channel);

    /// <summary>The person left benefit: by the exit hazard (<paramref name="transition"/> -1) or by a transition's leave.</summary>
    void Exit(int person, int week, int transition);

    /// <summary>Transition <paramref name="transition"/> moved the person into <paramref name="cohort"/>: a new spell from next week, or, at entry, the same spell.</summary>
    void Moved(int person, int week, int transition, int cohort, bool newSpell);
}

internal struct NoObserver : IWeekObserver
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Week(int person, int week, int spellWeek, int cumulativeWeeks, int group) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Event(int person, int week, int requirement, in EventCost cost, bool skippedByQuota, int channel) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Practice(int person, int week, int practice, in EventCost cost, int channel) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Exit(int person, int week, int transition) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Moved(int person, int week, int transition, int cohort, bool newSpell) { }
}
