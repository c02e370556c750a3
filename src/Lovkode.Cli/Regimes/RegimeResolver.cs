using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Scenarios;
using Lovkode.Runtime;

namespace Lovkode.Cli.Regimes;

/// <summary>
/// Creates the regimes a scenario names, from its rule set (<see cref="ScenarioRules"/>):
/// compiled-in ones as they are, the user's (and built-in ones rebuilt on the user's files)
/// through the run-time compiler. Each distinct regime is created once, so a parameter override
/// reaches it in every arm that uses it. An unknown name is an error at its place in the scenario.
/// </summary>
public sealed class RegimeResolver(RegimeLoader loader)
{
    public ResolvedArms Resolve(Scenario scenario)
    {
        var set = loader.Set;
        loader.Prepare(ScenarioRules.Names(scenario, set));
        var regimes = new SortedDictionary<string, (IRegime Regime, string Origin)>(StringComparer.Ordinal);

        IRegime Get(RegimeReference reference)
        {
            var name = ScenarioRules.NameOf(reference, set);
            var regime = loader.Create(name);
            regimes[name] = (regime, set.Origin(name));
            return regime;
        }

        var arms = scenario.Reforms.Prepend(scenario.Baseline)
            .Select(arm => new ResolvedArm(arm.Name, arm.Periods.Select(p => (p.From, Get(p.Regime))).ToList()))
            .ToList();
        return new ResolvedArms(arms, regimes);
    }
}
