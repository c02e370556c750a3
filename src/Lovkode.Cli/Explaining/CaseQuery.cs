using System.Globalization;
using Lovkode.Runtime;

namespace Lovkode.Cli.Explaining;

/// <summary>
/// A question to <c>explain</c> as the user writes it (citizen facts, spell weeks <c>A..B</c>, the
/// date week 0 starts, earlier weeks on benefit), checked and turned into a
/// <see cref="CaseTrace"/>. The command and the web app (Serving/) both ask through here; bad
/// input is a <see cref="CliException"/> whose message starts with the option it is about.
/// </summary>
public static class CaseQuery
{
    public static CaseTrace Trace(IRegime regime, string citizenText, string weeksText, string? dateText, int priorWeeks, bool verbose)
    {
        var (from, until) = Weeks(weeksText);
        if (priorWeeks < 0 || priorWeeks > SpellBounds.MaxWeek) throw new CliException($"--prior-weeks: expected a number of weeks from 0 to {SpellBounds.MaxWeek} (a century), got {priorWeeks}");
        var start = dateText is null
            ? regime.Info.Effective ?? throw new CliException($"--date: {regime.Info.Name} has no effective date; give the date spell week 0 starts")
            : DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : throw new CliException($"--date: expected YYYY-MM-DD, got '{dateText}'");
        SpellBounds.CheckDates(start, until, dateText is null ? "--weeks" : "--date");
        var (citizen, defaulted) = CitizenParser.Parse(citizenText, regime.Info);
        return Explanation.Trace(regime, citizen, defaulted, from, until, start, priorWeeks, verbose);
    }

    private static (int From, int Until) Weeks(string text)
    {
        var parts = text.Split("..");
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var until)
            && until > from && until - from <= SpellBounds.MaxSpan && until <= SpellBounds.MaxWeek)
        {
            return (from, until);
        }
        throw new CliException($"--weeks: expected A..B with 0 <= A < B <= {SpellBounds.MaxWeek} (a century of weeks), at most {SpellBounds.MaxSpan} weeks apart, got '{text}'");
    }
}
