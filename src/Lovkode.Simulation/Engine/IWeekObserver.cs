using System.Runtime.CompilerServices;
using Lovkode.Runtime;
using Lovkode.Simulation.Population;

namespace Lovkode.Simulation.Engine;

/// <summary>
/// Sees what the week loop does to each person, for traces. The loop is generic over a struct
/// observer, so the run's <see cref="NoObserver"/> compiles to nothing and a trace replays the
/// very code the run executes.
/// </summary>
internal interface IWeekObserver
{
    void Week(int person, int week, int spellWeek, int cumulativeWeeks, int group);

    void Event(int person, int week, int requirement, in EventCost cost, bool skippedByQuota);

    /// <summary>An interview of individual contact that no rule demanded (see <c>PracticeContact</c>).</summary>
    void Practice(int person, int week, in EventCost cost);

    void Exit(int person, int week);

    void NewSpell(int person, int week, BenefitKind benefit);
}

internal struct NoObserver : IWeekObserver
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Week(int person, int week, int spellWeek, int cumulativeWeeks, int group) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Event(int person, int week, int requirement, in EventCost cost, bool skippedByQuota) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Practice(int person, int week, in EventCost cost) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Exit(int person, int week) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void NewSpell(int person, int week, BenefitKind benefit) { }
}
