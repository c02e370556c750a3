using Lovkode.Runtime;
using Lovkode.Simulation.Population;

namespace Lovkode.Simulation.Tracing;

/// <summary>One person's course through one arm, week by week, as the run simulates it.</summary>
public sealed record PersonTrace(string Arm, SynthesizedPerson Person, PersonName Name, IReadOnlyList<TracedWeek> Weeks);

/// <summary>
/// A week on benefit: the regime in force, the target group, where the case stands, the events
/// (with their cost and citation) and how the week ended: null, "exit" (the exit hazard), "exit
/// (Transition)" (a transition's leave) or "new spell: Cohort (Transition)". <see cref="Admitted"/> names an at-entry transition that moved the new case
/// ("Cohort (Transition)").
/// </summary>
public sealed record TracedWeek(int Week, DateOnly Date, string Regime, string Group, int SpellWeek, int CumulativeWeeks, IReadOnlyList<TracedEvent> Events, string? Outcome)
{
    public string? Admitted { get; init; }
}

/// <summary>An event due in the week, or an interview of the model's practice contact. A quota may have let the area skip it (then it costs nothing).</summary>
public sealed record TracedEvent(string Requirement, string Title, EventKind Kind, string Actor, string Channel, EventCost Cost, bool SkippedByQuota, Citation Citation);
