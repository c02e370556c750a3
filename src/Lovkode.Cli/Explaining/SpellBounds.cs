using System.Globalization;

namespace Lovkode.Cli.Explaining;

/// <summary>
/// What a spell can be asked about: weeks from 0 to <see cref="MaxWeek"/> and dates whose
/// every spell week lies within the calendar .NET can represent. Options outside are one
/// located error line (exit code 2), never an exception from date arithmetic.
/// </summary>
public static class SpellBounds
{
    /// <summary>A century of weeks: the longest deadline a rule may state (LK0121), so no rule can ask for more.</summary>
    public const int MaxWeek = 5_200;

    /// <summary>The most weeks one explanation lists: ten years, the longest horizon of a scenario.</summary>
    public const int MaxSpan = 520;

    /// <summary>Checks that weeks [<paramref name="from"/>, <paramref name="until"/>) from <paramref name="start"/> are all representable.</summary>
    public static void CheckDates(DateOnly start, int until, string option)
    {
        var lastDay = (long)start.DayNumber + 7L * until;
        if (lastDay > DateOnly.MaxValue.DayNumber)
        {
            var latest = DateOnly.FromDayNumber(DateOnly.MaxValue.DayNumber - 7 * until);
            throw new CliException($"{option}: week {until} of a spell that starts {start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} falls after 9999-12-31, the last date lovkode can represent; start on or before {latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} or ask for fewer weeks");
        }
    }
}
