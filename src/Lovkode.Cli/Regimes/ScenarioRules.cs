using Lovkode.Cli.Commands;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Scenarios;

namespace Lovkode.Cli.Regimes;

/// <summary>
/// A scenario's rule set: the files and folders of its <c>rules:</c> key, every .rules file its
/// <c>regimes:</c> block names (with their <c>domain:</c> files), the model file its <c>model:</c>
/// key names, and any given on the command line, compiled as one <see cref="RuleSet"/> with the
/// built-in law. Then each regime the
/// scenario names, by name or by file, is found in that set. A problem is an error at its key.
/// </summary>
internal static class ScenarioRules
{
    /// <param name="warmRoslyn">The caller will run the scenario: warm Roslyn beside the front end if the rules will likely need it (<see cref="Compilation.RoslynWarmUp"/>).</param>
    public static RuleSet Compile(Scenario scenario, IReadOnlyList<string> extraPaths, IReadOnlyList<string> extraReplace, bool warmRoslyn = false)
    {
        var user = UserRules.None;
        foreach (var path in scenario.Rules.Paths) user = user.With(Read(path.Path, path.Place));
        foreach (var reference in References(scenario))
        {
            if (reference.RulesPath is { } rules) user = user.With(Read(rules, reference.Place));
            if (reference.DomainPath is { } domain) user = user.With(Read(domain, reference.Place));
        }
        if (scenario.Model is { RulesPath: { } model } spec) user = user.With(Read(model, spec.Place));
        user = user.With(UserRules.FromPaths(extraPaths));

        // Roslyn warms on the other core while the front end runs, if the run will likely need it.
        if (warmRoslyn) Compilation.RoslynWarmUp.Start(user, Compilation.RulesCache.Default);
        var set = RuleSet.Compile(user, scenario.Rules.ReplaceBuiltIn.Select(n => n.Name).Concat(extraReplace));
        if (set.UnmatchedReplacements.Count > 0)
        {
            if (scenario.Rules.ReplaceBuiltIn.FirstOrDefault(n => set.UnmatchedReplacements.Contains(n.Name)) is { } named)
            {
                throw new ScenarioException(named.Place, RulesLibrary.Files.Any(f => f.DeclaredName == named.Name)
                    ? $"none of the scenario's .rules files declares {named.Name}, so there is nothing to replace the built-in one with"
                    : $"{named.Name} is not a built-in regime or domain");
            }
            RulesOptions.CheckReplacements(set);
        }
        return set;
    }

    /// <summary>Every regime the scenario names, by name, in the order written: each one there, or an error at its place.</summary>
    public static IReadOnlyList<string> Names(Scenario scenario, RuleSet set) => References(scenario).Select(r => NameOf(r, set)).ToList();

    /// <summary>The name of the regime a reference means: a name of the set, the regime a file declares, or both agreeing.</summary>
    public static string NameOf(RegimeReference reference, RuleSet set)
    {
        if (reference.RulesPath is not { } path)
        {
            var name = reference.Name!;
            if (set.HasRegime(name)) return name;
            var known = set.User.IsEmpty ? $"the compiled-in regimes are {string.Join(", ", set.RegimeNames)}" : $"the regimes of the scenario's rules and the built-in law are {string.Join(", ", set.RegimeNames)}";
            throw new ScenarioException(reference.Place, $"unknown regime '{name}'; {known} (or give a path to a .rules file)");
        }

        var file = set.UserFile(path) ?? throw new ScenarioException(reference.Place, $"{path}: not read");
        var declared = file.Kind == RulesFileKind.Regime ? file.DeclaredName! : null;
        if ((reference.Name is { } wanted && wanted != declared) || declared is null)
        {
            var what = file.KindWord is { } kind ? $"it declares the {kind} {file.DeclaredName}" : "it declares nothing";
            throw new ScenarioException(reference.Place, reference.Name is null
                ? $"{file.Path} declares no regime; {what}"
                : $"{file.Path} declares no regime '{reference.Name}'; {what}");
        }
        return declared;
    }

    private static IEnumerable<RegimeReference> References(Scenario scenario) =>
        scenario.Reforms.Prepend(scenario.Baseline).SelectMany(arm => arm.Periods).Select(p => p.Regime);

    private static UserRules Read(string path, ScenarioPlace place)
    {
        if (!File.Exists(path) && !Directory.Exists(path)) throw new ScenarioException(place, $"no such .rules file or folder: {path}");
        try
        {
            return UserRules.FromPaths([path]);
        }
        catch (CliException e)
        {
            throw new ScenarioException(place, e.Message);
        }
    }
}
