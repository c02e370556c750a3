using System.CommandLine;
using System.Globalization;
using Lovkode.Cli.Explaining;
using Lovkode.Cli.Regimes;
using Lovkode.Cli.Scenarios;
using Lovkode.Runtime;

namespace Lovkode.Cli.Commands;

/// <summary>
/// <c>lovkode explain --regime R --citizen "benefit=Dagpenge age=45"</c>: the citizen's group,
/// each event due by week and the rules that fired, each with its citation.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var regime = new Option<string>("--regime", "-R") { Description = "a compiled-in regime (e.g. Reform2026) or a .rules file", Required = true };
        var citizen = new Option<string>("--citizen", "-c") { Description = "facts as name=value pairs, e.g. \"benefit=Dagpenge age=45 education=true\"", Required = true };
        var weeks = new Option<string>("--weeks", "-w") { Description = "spell weeks A..B, B excluded (default 0..26)", DefaultValueFactory = _ => "0..26" };
        var date = new Option<string?>("--date", "-d") { Description = "the date spell week 0 starts (default: the regime's effective date)" };
        var prior = new Option<int>("--prior-weeks") { Description = "weeks on benefit in earlier spells (counts toward cumulative-week rules)" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "also list the rules of the group that did not apply" };
        var command = new Command("explain", "Explain, week by week and with citations, what a regime requires for one citizen")
        {
            regime, citizen, weeks, date, prior, verbose,
        };
        command.SetAction(parse => Guarded.Run(() => Execute(
            parse.GetValue(regime)!, parse.GetValue(citizen)!, parse.GetValue(weeks)!, parse.GetValue(date), parse.GetValue(prior), parse.GetValue(verbose), Console.Out)));
        return command;
    }

    public static int Execute(string regimeText, string citizenText, string weeksText, string? dateText, int priorWeeks, bool verbose, TextWriter output)
    {
        var (from, until) = Weeks(weeksText);
        if (priorWeeks < 0 || priorWeeks > SpellBounds.MaxWeek) throw new CliException($"--prior-weeks: expected a number of weeks from 0 to {SpellBounds.MaxWeek} (a century), got {priorWeeks}");
        using var rules = new RulesRegimes();
        var regime = Load(regimeText, rules);
        var start = dateText is null
            ? regime.Info.Effective ?? throw new CliException($"--date: {regime.Info.Name} has no effective date; give the date spell week 0 starts")
            : DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : throw new CliException($"--date: expected YYYY-MM-DD, got '{dateText}'");
        SpellBounds.CheckDates(start, until, dateText is null ? "--weeks" : "--date");
        var (citizen, defaulted) = CitizenParser.Parse(citizenText, regime.Info);
        Explanation.Write(regime, citizen, defaulted, from, until, start, priorWeeks, verbose, output);
        return ExitCodes.Ok;
    }

    private static IRegime Load(string text, RulesRegimes rules)
    {
        var place = new ScenarioPlace("", "--regime", 0, 0); // a command-line option: no line to point at
        if (text.EndsWith(".rules", StringComparison.OrdinalIgnoreCase))
        {
            return rules.Load(new RegimeReference(null, Path.GetFullPath(text), null, place));
        }
        return CompiledRegimes.TryCreate(text)
            ?? throw new CliException($"--regime: unknown regime '{text}'; the compiled-in regimes are {string.Join(", ", CompiledRegimes.Names)} (or give a .rules file)");
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
