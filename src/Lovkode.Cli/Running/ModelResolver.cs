using Lovkode.Cli.Regimes;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Scenarios;
using Lovkode.Simulation.Model;

namespace Lovkode.Cli.Running;

/// <summary>
/// Finds a scenario's population model in its rule set (<see cref="ScenarioRules"/>), the same
/// way for compiled-in models and the user's model files: the model <c>model:</c> names (by name,
/// or the model a .rules file declares), else the one model of the baseline regime's domain.
/// Every problem is an error at its place in the scenario: an unknown model, a file that
/// declares none, a domain without a model or with several, an arm whose regime does not speak
/// the model's domain.
/// </summary>
internal static class ModelResolver
{
    /// <summary>The model, created through <paramref name="loader"/> (which compiles a user's model), checked against every arm.</summary>
    public static ScenarioModel Resolve(Scenario scenario, ResolvedArms arms, ModelLoader loader)
    {
        var set = loader.Set;
        var name = NameOf(scenario, set, arms.Arms[0].Periods[0].Regime.Info.Domain);
        var model = loader.Create(name);
        foreach (var arm in arms.Arms)
        {
            foreach (var (_, regime) in arm.Periods)
            {
                if (ModelDomains.Mismatch(model.Info, regime.Info) is { } problem) throw new ScenarioException(ArmPlace(scenario, arm.Name), problem);
            }
        }
        return new ScenarioModel(model, set.ModelOrigin(name));
    }

    /// <summary>The model of the built-in law a scenario without user's rules runs (tests and tools that hold no rule set).</summary>
    public static ScenarioModel BuiltIn(Scenario scenario, ResolvedArms arms)
    {
        // The built-in law's models are compiled in: the loader compiles nothing that its disposal could unload.
        using var loader = new ModelLoader(RuleSet.BuiltIn);
        return Resolve(scenario, arms, loader);
    }

    /// <summary>The name of the scenario's model in the set, for a baseline of <paramref name="domain"/>; checked without compiling anything.</summary>
    public static string NameOf(Scenario scenario, RuleSet set, string domain)
    {
        if (scenario.Model is { } spec)
        {
            if (spec.RulesPath is { } path)
            {
                var file = set.UserFile(path) ?? throw new ScenarioException(spec.Place, $"{path}: not read");
                if (file.Kind != RulesFileKind.Model)
                {
                    var what = file.KindWord is { } kind ? $"it declares the {kind} {file.DeclaredName}" : "it declares nothing";
                    throw new ScenarioException(spec.Place, $"{file.Path} declares no population model; {what}");
                }
                return file.DeclaredName!;
            }
            var name = spec.Name!;
            if (set.HasModel(name)) return name;
            throw new ScenarioException(spec.Place, $"unknown model '{name}'; {Known(set)} (or give a path to a model .rules file)");
        }

        var models = set.ModelNames.Where(n => set.ModelDomain(n) == domain).ToList();
        return models.Count switch
        {
            1 => models[0],
            0 => throw new ScenarioException(scenario.Baseline.Place,
                $"no population model is of the baseline's domain '{domain}'; {Known(set)}. Write one for the domain (docs/model.md, Adding a country) and give it under rules: or model:"),
            _ => throw new ScenarioException(scenario.Baseline.Place,
                $"the baseline's domain '{domain}' has several population models ({string.Join(", ", models)}); choose one with model:"),
        };
    }

    private static string Known(RuleSet set) => set.ModelNames.Count == 0
        ? "there is no population model"
        : set.User.IsEmpty
            ? $"the compiled-in models are {string.Join(", ", set.ModelNames)}"
            : $"the models of the scenario's rules and the built-in law are {string.Join(", ", set.ModelNames)}";

    private static ScenarioPlace ArmPlace(Scenario scenario, string arm) =>
        scenario.Reforms.Prepend(scenario.Baseline).FirstOrDefault(a => a.Name == arm)?.Place
        ?? new ScenarioPlace(scenario.SourcePath, "regimes", 0, 0);
}
