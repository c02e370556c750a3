namespace Lovkode.Runtime;

/// <summary>
/// Where a case stands in the week being evaluated.
/// </summary>
/// <param name="SpellWeek">Weeks since the spell started; 0 is the first week.</param>
/// <param name="CumulativeWeeks">Weeks on benefit counted across this and earlier spells, up to and including this week's start (equals SpellWeek for a first spell).</param>
/// <param name="DayNumber">The first day of the week, as <c>DateOnly.DayNumber</c>; selects dated parameter values and rules in force.</param>
public readonly record struct CaseWeek(int SpellWeek, int CumulativeWeeks, int DayNumber)
{
    public DateOnly Date => DateOnly.FromDayNumber(DayNumber);

    public static CaseWeek At(int spellWeek, DateOnly date) => new(spellWeek, spellWeek, date.DayNumber);
}
