using Lovkode.Cli.Regimes;
using Lovkode.Cli.Scenarios;
using Lovkode.Runtime;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Cli.Running;

/// <summary>The simulator's options from a scenario: sizes, horizon, replications or stop rule, seed, effects, practice contact, composition.</summary>
internal static class SimulationSetup
{
    public static SimulationOptions Options(Scenario scenario)
    {
        var r = scenario.Replications;
        return new SimulationOptions
        {
            Persons = scenario.Population.Size,
            Composition = Composition(scenario.Population),
            Seed = unchecked((ulong)scenario.Seed),
            Replications = r.Max,
            StopRule = r.StopMetric is { } metric ? new StopRule(metric, r.RelativeHalfWidth!.Value, Relative: true, MinReplications: r.Count) : null,
            Start = scenario.Horizon.Start,
            Weeks = scenario.Horizon.Weeks,
            BehaviouralEffects = scenario.Effects,
            Practice = scenario.Practice.ToContact(),
            MaxDegreeOfParallelism = scenario.Threads,
        };
    }

    /// <summary>
    /// Practice contact is costed as a requirement of each regime (docs/model.md). The simulator
    /// refuses a regime without it; this says so first, at the scenario's line: the
    /// <c>practice.requirement</c> when written, else the arm whose regime lacks it.
    /// </summary>
    public static void CheckPractice(Scenario scenario, ResolvedArms arms)
    {
        var practice = scenario.Practice;
        if (!practice.Enabled) return;
        foreach (var arm in arms.Arms)
        {
            foreach (var (_, regime) in arm.Periods)
            {
                var info = regime.Info;
                var requirement = info.Requirements.FirstOrDefault(r => string.Equals(r.Name, practice.Requirement, StringComparison.Ordinal));
                if (requirement is { Kind: EventKind.Meeting }) continue;
                var place = practice.RequirementPlace ?? ArmPlace(scenario, arm.Name) ?? practice.Place ?? new ScenarioPlace(scenario.SourcePath, "practice.requirement", 0, 0);
                var meetings = info.Requirements.Where(r => r.Kind == EventKind.Meeting).Select(r => r.Name).ToList();
                var problem = requirement is null
                    ? $"regime '{info.Name}' has no requirement '{practice.Requirement}' to cost practice contact as"
                    : $"practice contact is costed as '{practice.Requirement}', which is a {requirement.Kind.ToString().ToLowerInvariant()} in regime '{info.Name}', not a meeting";
                var fix = meetings.Count == 0
                    ? "it has no interview requirement; switch practice contact off with practice: { enabled: false }"
                    : $"set practice.requirement to one of its interviews ({string.Join(", ", meetings)}) or switch practice contact off with practice: {{ enabled: false }}";
                throw new ScenarioException(place, $"{problem}; {fix}");
            }
        }
    }

    private static ScenarioPlace? ArmPlace(Scenario scenario, string arm) =>
        scenario.Reforms.Prepend(scenario.Baseline).FirstOrDefault(a => a.Name == arm)?.Place;

    /// <summary>
    /// Reweights the calibrated Danish cohorts so that the benefit (and readiness) shares of the
    /// stock are the scenario's, keeping each cohort's share within its benefit and the total
    /// stock. A cohort's inflow follows its stock (stock ÷ mean spell), as in the calibration.
    /// </summary>
    private static PopulationComposition Composition(PopulationSpec population)
    {
        var baseline = PopulationComposition.Denmark2023;
        if (population.Composition.Count == 0) return baseline;
        var cohorts = baseline.Cohorts.ToList();
        foreach (var (fact, shares) in population.Composition)
        {
            Func<Cohort, string> key = fact switch
            {
                "benefit" => c => c.Benefit.ToString(),
                "readiness" => c => c.Readiness.ToString(),
                _ => throw new ScenarioException(population.Place with { KeyPath = $"population.composition.{fact}" }, "only benefit and readiness can be set"),
            };
            var known = cohorts.Select(key).Distinct().ToHashSet(StringComparer.Ordinal);
            var unknown = shares.Keys.FirstOrDefault(k => !known.Contains(k));
            if (unknown is not null)
            {
                throw new ScenarioException(
                    population.Place with { KeyPath = $"population.composition.{fact}.{unknown}" },
                    $"the population has no {fact} '{unknown}'; it has {string.Join(", ", known.Order(StringComparer.Ordinal))}");
            }
            var totalShares = shares.Values.Sum();
            var total = cohorts.Sum(c => c.Stock);
            cohorts = cohorts.Select(c =>
            {
                var target = shares.TryGetValue(key(c), out var s) ? s / totalShares : 0;
                var sameKey = cohorts.Where(o => key(o) == key(c)).ToList();
                var stockWithin = sameKey.Sum(o => o.Stock);
                return c with { Stock = stockWithin == 0 ? 0 : total * target * (c.Stock / stockWithin) };
            }).Where(c => c.Stock > 0).ToList();
        }
        return new PopulationComposition(cohorts, $"{baseline.Source}; reweighted by the scenario's composition");
    }
}
