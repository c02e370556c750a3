using Lovkode.Runtime;
using Lovkode.Simulation.Engine;

namespace Lovkode.Simulation.Tracing;

/// <summary>Records what the week loop does to a chunk of one person; not for the hot path.</summary>
internal struct TraceObserver : IWeekObserver
{
    public List<(int Week, int SpellWeek, int Cumulative, int Group)> Weeks;
    public List<(int Week, int Requirement, int Practice, EventCost Cost, bool Skipped, int Channel)> Events;
    public List<(int Week, int Transition, int Cohort, bool NewSpell)> Moves;
    public List<(int Week, int Transition)> Exits;

    public static TraceObserver Create() => new() { Weeks = [], Events = [], Moves = [], Exits = [] };

    public readonly void Week(int person, int week, int spellWeek, int cumulativeWeeks, int group)
    {
        if (week >= 0) Weeks.Add((week, spellWeek, cumulativeWeeks, group));
    }

    public readonly void Event(int person, int week, int requirement, in EventCost cost, bool skippedByQuota, int channel)
    {
        if (week >= 0) Events.Add((week, requirement, -1, cost, skippedByQuota, channel));
    }

    /// <summary>Practice interviews are recorded with requirement -1 and the practice's index.</summary>
    public readonly void Practice(int person, int week, int practice, in EventCost cost, int channel)
    {
        if (week >= 0) Events.Add((week, -1, practice, cost, false, channel));
    }

    public readonly void Exit(int person, int week, int transition) => Exits.Add((week, transition));

    public readonly void Moved(int person, int week, int transition, int cohort, bool newSpell) => Moves.Add((week, transition, cohort, newSpell));
}
