using System.CommandLine;
using System.Globalization;
using Lovkode.Cli.Explaining;
using Lovkode.Cli.RuleSets;

namespace Lovkode.Cli.Commands;

/// <summary>
/// <c>lovkode explain [FILES|FOLDERS] --regime R --citizen "benefit=Dagpenge age=45"</c>: the
/// citizen's group, each event due by week and the rules that fired, each with its citation.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "your .rules files or folders (read recursively), compiled with the built-in law", Arity = ArgumentArity.ZeroOrMore };
        var regime = new Option<string?>("--regime", "-R") { Description = "a regime of your files or the built-in law (e.g. Reform2026), or a .rules file; may be left out when your files declare one regime" };
        var rules = RulesOptions.Rules();
        var replace = RulesOptions.ReplaceBuiltIn();
        var citizen = new Option<string>("--citizen", "-c") { Description = "facts as name=value pairs, e.g. \"benefit=Dagpenge age=45 education=true\"", Required = true };
        var weeks = new Option<string>("--weeks", "-w") { Description = "spell weeks A..B, B excluded (default 0..26)", DefaultValueFactory = _ => "0..26" };
        var date = new Option<string?>("--date", "-d") { Description = "the date spell week 0 starts (default: the regime's effective date)" };
        var prior = new Option<int>("--prior-weeks") { Description = "weeks on benefit in earlier spells (counts toward cumulative-week rules)" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "also list the rules of the group that did not apply" };
        var command = new Command("explain", "Explain, week by week and with citations, what a regime requires for one citizen")
        {
            files, regime, citizen, weeks, date, prior, verbose, rules, replace,
        };
        command.SetAction(parse => Guarded.Run(() => Execute(
            new RegimeChoice([.. parse.GetValue(files) ?? [], .. parse.GetValue(rules) ?? []], parse.GetValue(replace) ?? [], parse.GetValue(regime)),
            parse.GetValue(citizen)!, parse.GetValue(weeks)!, parse.GetValue(date), parse.GetValue(prior), parse.GetValue(verbose), Console.Out)));
        return command;
    }

    public static int Execute(RegimeChoice choice, string citizenText, string weeksText, string? dateText, int priorWeeks, bool verbose, TextWriter output)
    {
        var (from, until) = Weeks(weeksText);
        if (priorWeeks < 0 || priorWeeks > SpellBounds.MaxWeek) throw new CliException($"--prior-weeks: expected a number of weeks from 0 to {SpellBounds.MaxWeek} (a century), got {priorWeeks}");
        var (set, name) = choice.Resolve();
        using var loader = new RegimeLoader(set);
        var regime = loader.Create(name);
        set.WriteReplacementNote(output);
        var start = dateText is null
            ? regime.Info.Effective ?? throw new CliException($"--date: {regime.Info.Name} has no effective date; give the date spell week 0 starts")
            : DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
            : throw new CliException($"--date: expected YYYY-MM-DD, got '{dateText}'");
        SpellBounds.CheckDates(start, until, dateText is null ? "--weeks" : "--date");
        var (citizen, defaulted) = CitizenParser.Parse(citizenText, regime.Info);
        Explanation.Write(regime, citizen, defaulted, from, until, start, priorWeeks, verbose, output);
        return ExitCodes.Ok;
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
