using Lovkode.Cli.Scenarios;
using Lovkode.Runtime;

namespace Lovkode.Cli.Regimes;

/// <summary>
/// Creates the regimes a scenario names: compiled-in ones by name, .rules files through the
/// run-time compiler. Each distinct regime is created once, so a parameter override reaches it
/// in every arm that uses it. An unknown name is an error at its place in the scenario.
/// </summary>
public sealed class RegimeResolver(RulesRegimes rulesRegimes)
{
    public ResolvedArms Resolve(Scenario scenario)
    {
        var regimes = new SortedDictionary<string, (IRegime Regime, string Origin)>(StringComparer.Ordinal);
        var byReference = new Dictionary<(string?, string?), IRegime>();

        IRegime Get(RegimeReference reference)
        {
            var key = (reference.Name, reference.RulesPath);
            if (byReference.TryGetValue(key, out var known)) return known;
            var regime = reference.IsFile ? rulesRegimes.Load(reference) : CompiledIn(reference);
            var name = regime.Info.Name;
            if (regimes.TryGetValue(name, out var existing) && !ReferenceEquals(existing.Regime, regime))
                throw new ScenarioException(reference.Place, $"two different regimes are named {name} ({existing.Origin} and {Origin(reference)})");
            regimes[name] = (regime, Origin(reference));
            byReference[key] = regime;
            return regime;
        }

        var arms = scenario.Reforms.Prepend(scenario.Baseline)
            .Select(arm => new ResolvedArm(arm.Name, arm.Periods.Select(p => (p.From, Get(p.Regime))).ToList()))
            .ToList();
        return new ResolvedArms(arms, regimes);
    }

    private static IRegime CompiledIn(RegimeReference reference)
    {
        var name = reference.Name!;
        return CompiledRegimes.TryCreate(name)
            ?? throw new ScenarioException(reference.Place, $"unknown regime '{name}'; the compiled-in regimes are {string.Join(", ", CompiledRegimes.Names)} (or give a path to a .rules file)");
    }

    private static string Origin(RegimeReference reference) => reference.RulesPath is { } path ? Path.GetFileName(path) : "compiled in";
}
