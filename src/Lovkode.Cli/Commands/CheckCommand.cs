using System.CommandLine;
using Lovkode.Cli.Regimes;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Running;
using Lovkode.Cli.Scenarios;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;

namespace Lovkode.Cli.Commands;

/// <summary>
/// <c>lovkode check FILES|FOLDERS</c>: compiles the user's .rules files together (with the
/// built-in law they build on) and prints every diagnostic in the form compilers use, with its
/// hint; validates .yaml scenarios, with the rules they bring in. Exit 1 when any file has an error.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = ".rules files, folders of them (read recursively) and/or scenario .yaml files", Arity = ArgumentArity.ZeroOrMore };
        var rules = RulesOptions.Rules();
        var replace = RulesOptions.ReplaceBuiltIn();
        var command = new Command("check", "Compile .rules files and validate scenarios; print diagnostics") { files, rules, replace };
        command.SetAction(parse => Guarded.Run(() => Execute(
            [.. parse.GetValue(files) ?? [], .. parse.GetValue(rules) ?? []], parse.GetValue(replace) ?? [], Console.Out)));
        return command;
    }

    public static int Execute(IReadOnlyList<string> paths, IReadOnlyList<string> replace, TextWriter output)
    {
        if (paths.Count == 0) throw new CliException("check: give .rules files, folders or scenario .yaml files");
        var errors = 0;
        foreach (var path in paths.Where(IsScenario))
        {
            errors += CheckScenario(path, output);
        }

        var rules = paths.Where(p => !IsScenario(p)).ToList();
        var other = rules.FirstOrDefault(p => File.Exists(p) && !UserRules.IsRulesPath(p));
        if (other is not null) throw new CliException($"{other}: expected a .rules or .yaml file, or a folder of .rules files");
        if (rules.Count > 0)
        {
            var set = RulesOptions.Compile(rules, replace);
            errors += Report(set, output);
        }
        return errors > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }

    /// <summary>Prints a set's diagnostics, what was read beside the files given, and the summary; returns the number of errors.</summary>
    private static int Report(RuleSet set, TextWriter output)
    {
        foreach (var diagnostic in set.Diagnostics) Print(output, diagnostic);
        foreach (var beside in set.Beside)
            output.WriteLine($"note: read {beside.File.Path}: it declares the {beside.Kind} {beside.Name} that {beside.NamedBy.Path} names");

        var errorCount = set.Errors.Count;
        var warnings = set.Diagnostics.Count(d => d.Severity == Severity.Warning);
        var regimes = set.UserRegimeFiles.Select(f => f.DeclaredName!).Order(StringComparer.Ordinal)
            .Select(name => set.FindRegime(name) is { } r && set.Compilation.IsEmittable(r) ? name : $"{name} (does not compile)")
            .ToList();
        var domains = set.UserDomainFiles.Select(f => f.DeclaredName!).Order(StringComparer.Ordinal).ToList();
        var summary = $"{set.User.Files.Count} file(s): {errorCount} error(s), {warnings} warning(s); regimes: {(regimes.Count == 0 ? "none" : string.Join(", ", regimes))}";
        if (domains.Count > 0) summary += $"; domains: {string.Join(", ", domains)}";
        var models = set.User.Files.Where(f => f.Kind == RulesFileKind.Model).Select(f => f.DeclaredName!).Order(StringComparer.Ordinal)
            .Select(name => set.Compilation.FindModel(name) is { } m && set.Compilation.IsEmittable(m) ? name : $"{name} (does not compile)")
            .ToList();
        if (models.Count > 0) summary += $"; models: {string.Join(", ", models)}";
        if (set.Replaced.Count > 0) summary += $"; built-in replaced: {string.Join(", ", set.Replaced)}";
        output.WriteLine(summary);
        return errorCount;
    }

    /// <summary>A scenario: its keys (every problem the reader finds), the rules it brings in, and whether every regime and the population model it names are there.</summary>
    private static int CheckScenario(string path, TextWriter output)
    {
        try
        {
            var scenario = ScenarioReader.ReadFile(path);
            var set = ScenarioRules.Compile(scenario, [], []);
            var errors = 0;
            if (!set.User.IsEmpty)
            {
                output.WriteLine($"{path}: rules:");
                errors = Report(set, output);
            }
            if (errors == 0)
            {
                ScenarioRules.Names(scenario, set);
                // The population model it runs (named, or the one of the baseline's domain), found without compiling it.
                var baseline = ScenarioRules.NameOf(scenario.Baseline.Periods[0].Regime, set);
                if (set.RegimeDomain(baseline) is { } domain)
                {
                    ModelResolver.NameOf(scenario, set, domain);
                    if (set.FindDomain(domain) is { } bound)
                        ResultGrouping.CheckFact(scenario, domain, bound.Facts.Where(f => f.Type == FactType.Enum).Select(f => f.Name).ToList());
                }
                // Then everything `run` checks before it simulates (parameter values and their
                // names, the composition, the model's values, the analysis, the split), as run
                // makes it, so that a scenario check passes is one that run starts.
                using (var prepared = PreparedRun.Create(scenario, set))
                    prepared.Check(set);
                output.WriteLine($"{path}: scenario ok");
            }
            return errors;
        }
        catch (ScenarioException e)
        {
            // Every problem the reader found, each at its key path and line, as the compiler's.
            foreach (var problem in e.Problems)
                output.WriteLine(problem.Place is { } place ? $"{place.File}:{place.Line}:{place.Column}: error: {place.KeyPath}: {problem.Detail}" : $"error: {problem.Message}");
            if (e.Problems.Count > 1) output.WriteLine($"{path}: {e.Problems.Count} problem(s)");
            return e.Problems.Count;
        }
        catch (CliException e)
        {
            // A check of the run's set-up that names its own place (the model's line, the scenario).
            output.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    public static void Print(TextWriter output, Diagnostic diagnostic)
    {
        output.WriteLine(DiagnosticText.Format(diagnostic));
        if (!string.IsNullOrWhiteSpace(diagnostic.Hint)) output.WriteLine($"  hint: {diagnostic.Hint}");
    }

    private static bool IsScenario(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
