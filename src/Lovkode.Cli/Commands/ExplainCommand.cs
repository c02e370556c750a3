using System.CommandLine;
using System.Globalization;
using Lovkode.Cli.Explaining;
using Lovkode.Cli.RuleSets;

namespace Lovkode.Cli.Commands;

/// <summary>
/// <c>lovkode explain [FILES|FOLDERS] --regime R --citizen "benefit=Dagpenge age=45"</c>: the
/// citizen's group, each event due by week and the rules that fired, each with its citation.
/// <c>lovkode explain --model M</c>: the population model's values with their ranges.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "your .rules files or folders (read recursively), compiled with the built-in law", Arity = ArgumentArity.ZeroOrMore };
        var regime = new Option<string?>("--regime", "-R") { Description = "a regime of your files or the built-in law (e.g. Reform2026), or a .rules file; may be left out when your files declare one regime" };
        var rules = RulesOptions.Rules();
        var replace = RulesOptions.ReplaceBuiltIn();
        var citizen = new Option<string?>("--citizen", "-c") { Description = "facts as name=value pairs, e.g. \"benefit=Dagpenge age=45 education=true\"" };
        var model = new Option<string?>("--model", "-m") { Description = "a population model of your files or the built-in law (e.g. Danmark2023), or a model .rules file: list its values with their ranges and sources" };
        var weeks = new Option<string>("--weeks", "-w") { Description = "spell weeks A..B, B excluded (default 0..26)", DefaultValueFactory = _ => "0..26" };
        var date = new Option<string?>("--date", "-d") { Description = "the date spell week 0 starts (default: the regime's effective date)" };
        var prior = new Option<int>("--prior-weeks") { Description = "weeks on benefit in earlier spells (counts toward cumulative-week rules)" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "also list the rules of the group that did not apply" };
        var command = new Command("explain", "Explain, week by week and with citations, what a regime requires for one citizen")
        {
            files, regime, citizen, weeks, date, prior, verbose, rules, replace, model,
        };
        command.SetAction(parse => Guarded.Run(() => parse.GetValue(model) is { } name && parse.GetValue(citizen) is null
            ? ExplainModel([.. parse.GetValue(files) ?? [], .. parse.GetValue(rules) ?? []], parse.GetValue(replace) ?? [], name, Console.Out)
            : Execute(
                new RegimeChoice([.. parse.GetValue(files) ?? [], .. parse.GetValue(rules) ?? []], parse.GetValue(replace) ?? [], parse.GetValue(regime)),
                parse.GetValue(citizen) ?? throw new CliException("--citizen: give the citizen's facts, e.g. \"benefit=Dagpenge age=45\" (or --model to list a population model's values)"),
                parse.GetValue(weeks)!, parse.GetValue(date), parse.GetValue(prior), parse.GetValue(verbose), Console.Out)));
        return command;
    }

    public static int Execute(RegimeChoice choice, string citizenText, string weeksText, string? dateText, int priorWeeks, bool verbose, TextWriter output)
    {
        var (set, name) = choice.Resolve();
        using var loader = new RegimeLoader(set);
        var regime = loader.Create(name);
        set.WriteReplacementNote(output);
        Explanation.Write(CaseQuery.Trace(regime, citizenText, weeksText, dateText, priorWeeks, verbose), output);
        return ExitCodes.Ok;
    }

    /// <summary>
    /// <c>lovkode explain [FILES] --model Danmark2023</c>: the model's table of assumptions
    /// (docs/model.md), found as a run finds it: a model of the user's files or the built-in law,
    /// or the model a .rules file declares; a user's model is compiled at run time.
    /// </summary>
    public static int ExplainModel(IReadOnlyList<string> paths, IReadOnlyList<string> replace, string model, TextWriter output)
    {
        var isFile = UserRules.IsRulesPath(model);
        if (isFile && !File.Exists(model)) throw new CliException($"--model: no such .rules file: {model}");
        var set = RulesOptions.Compile(isFile ? [.. paths, model] : paths, replace).ThrowOnErrors();
        var name = isFile ? ModelIn(set, model) : model;
        if (!set.HasModel(name))
        {
            var known = set.User.IsEmpty ? "the compiled-in models are" : "known:";
            throw new CliException($"--model: unknown model '{name}'; {known} {string.Join(", ", set.ModelNames)}{(set.User.IsEmpty ? " (or give a model .rules file)" : "")}");
        }
        using var loader = new ModelLoader(set);
        var found = loader.Create(name);
        set.WriteReplacementNote(output);
        Running.ModelTable.Write(found, set.ModelOrigin(name), output);
        return ExitCodes.Ok;
    }

    private static string ModelIn(RuleSet set, string path)
    {
        var file = set.UserFile(path) ?? throw new CliException($"{path}: no such file");
        return file.Kind == RulesFileKind.Model
            ? file.DeclaredName!
            : throw new CliException($"--model: {path} declares no population model{(file.KindWord is { } kind ? $"; it declares the {kind} {file.DeclaredName}" : "")}");
    }
}
