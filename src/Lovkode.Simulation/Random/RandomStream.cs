namespace Lovkode.Simulation.Random;

/// <summary>
/// The purposes random numbers are drawn for. Each has its own stream, so adding a draw for one
/// purpose never shifts the draws of another, and two regimes that make the same decision see
/// the same number (common random numbers). Where one purpose has many members (facts,
/// transitions, quotas, interviews), the member's name is the draw's counter (<see cref="NameKey"/>).
/// docs/model.md ("Random numbers") lists them.
/// </summary>
public enum RandomStream : ulong
{
    /// <summary>Which cohort and whether stock or inflow.</summary>
    Composition = 1,
    /// <summary>The stock's elapsed spell at week 0.</summary>
    ElapsedDuration = 8,
    /// <summary>The inflow's week of entry.</summary>
    EntryWeek = 9,
    /// <summary>The weekly draw compared with the exit hazard.</summary>
    Exit = 10,
    /// <summary>The draw that picks a transition's branch; counter: the transition's name.</summary>
    Transition = 11,
    /// <summary>The per-person draw that decides whom a quota skips (see <c>docs/model.md</c>); counter: the share's name.</summary>
    Quota = 12,
    /// <summary>Names for traces and exports (Bogus is seeded from it).</summary>
    Names = 13,
    /// <summary>The phase of a stock person's practice contact at week 0.</summary>
    Practice = 15,
    /// <summary>A fact's value at synthesis; counter: the fact's name.</summary>
    Fact = 16,
    /// <summary>Whether an interview goes through a channel choice's channel; counter: the requirement's name.</summary>
    Channel = 17,
    /// <summary>An area's result measure against its expected (person: the area; week: the year of the horizon; counter: the normal's two uniforms).</summary>
    AreaResult = 18,
}
