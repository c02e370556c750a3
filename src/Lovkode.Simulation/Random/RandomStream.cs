namespace Lovkode.Simulation.Random;

/// <summary>
/// The purposes random numbers are drawn for. Each has its own stream, so adding a draw for one
/// purpose never shifts the draws of another, and two regimes that make the same decision see
/// the same number (common random numbers).
/// </summary>
public enum RandomStream : ulong
{
    /// <summary>Which benefit and whether stock or inflow; the counter is the attribute number.</summary>
    Composition = 1,
    Age = 2,
    Readiness = 3,
    Education = 4,
    Employment = 5,
    Absence = 6,
    Municipality = 7,
    ElapsedDuration = 8,
    EntryWeek = 9,
    /// <summary>The weekly draw compared with the exit hazard.</summary>
    Exit = 10,
    /// <summary>The weekly draw that decides a change of benefit (e.g. sygedagpenge → jobafklaring).</summary>
    Transition = 11,
    /// <summary>The per-person draw that decides whom a quota skips (see <c>docs/model.md</c>).</summary>
    Quota = 12,
    /// <summary>Names for traces and exports (Bogus is seeded from it).</summary>
    Names = 13,
    /// <summary>The per-person draw that decides whether a closed benefit still takes a new case (see <c>LawParameters.InflowShareClosedProgrammes</c>).</summary>
    Inflow = 14,
    /// <summary>The phase of a stock person's individual contact at week 0 (see <c>PracticeContact</c>).</summary>
    Practice = 15,
}
