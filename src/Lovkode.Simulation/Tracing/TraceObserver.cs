using Lovkode.Runtime;
using Lovkode.Simulation.Engine;
using Lovkode.Simulation.Population;

namespace Lovkode.Simulation.Tracing;

/// <summary>Records what the week loop does to a chunk of one person; not for the hot path.</summary>
internal struct TraceObserver : IWeekObserver
{
    public List<(int Week, int SpellWeek, int Cumulative, int Group)> Weeks;
    public List<(int Week, int Requirement, EventCost Cost, bool Skipped)> Events;
    public List<(int Week, string Outcome)> Outcomes;

    public static TraceObserver Create() => new() { Weeks = [], Events = [], Outcomes = [] };

    public readonly void Week(int person, int week, int spellWeek, int cumulativeWeeks, int group)
    {
        if (week >= 0) Weeks.Add((week, spellWeek, cumulativeWeeks, group));
    }

    public readonly void Event(int person, int week, int requirement, in EventCost cost, bool skippedByQuota)
    {
        if (week >= 0) Events.Add((week, requirement, cost, skippedByQuota));
    }

    /// <summary>Practice interviews are recorded with requirement -1.</summary>
    public readonly void Practice(int person, int week, in EventCost cost)
    {
        if (week >= 0) Events.Add((week, -1, cost, false));
    }

    public readonly void Exit(int person, int week) => Outcomes.Add((week, "exit"));

    public readonly void NewSpell(int person, int week, BenefitKind benefit) => Outcomes.Add((week, $"new spell: {benefit}"));
}
