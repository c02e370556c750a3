using Lovkode.Cli.Regimes;
using Lovkode.Cli.Scenarios;
using Lovkode.Runtime;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Cli.Running;

/// <summary>
/// The simulator's options from a scenario: sizes, horizon, replications or stop rule, seed,
/// effects, and the population model with the scenario's overrides laid over its values
/// (composition, practice block, model values among the parameters).
/// </summary>
internal static partial class SimulationSetup
{
    public static SimulationOptions Options(Scenario scenario, ScenarioModel found)
    {
        var r = scenario.Replications;
        var model = Model(scenario, found);
        return new SimulationOptions
        {
            Model = model,
            Persons = scenario.Population.Size,
            Seed = unchecked((ulong)scenario.Seed),
            Replications = r.Max,
            StopRule = r.StopMetric is { } metric ? new StopRule(metric, r.RelativeHalfWidth!.Value, Relative: true, MinReplications: r.Count) : null,
            Start = scenario.Horizon.Start,
            Weeks = scenario.Horizon.Weeks,
            BehaviouralEffects = scenario.Effects,
            PracticeContact = scenario.Practice.Enabled,
            MaxDegreeOfParallelism = scenario.Threads,
        };
    }

    /// <summary>
    /// Practice contact is costed as a requirement of each regime (docs/model.md). The simulator
    /// refuses a regime without it; this says so first, at the scenario's line: the
    /// <c>practice.requirement</c> when written, else the arm whose regime lacks it.
    /// </summary>
    public static void CheckPractice(Scenario scenario, ResolvedArms arms, IPopulationModel model)
    {
        var practice = scenario.Practice;
        if (!practice.Enabled) return;
        foreach (var practiceInfo in model.Info.Practices)
        {
            var requirementName = practiceInfo.Requirement;
            foreach (var arm in arms.Arms)
            {
                foreach (var (_, regime) in arm.Periods)
                {
                    var info = regime.Info;
                    if (!Simulation.Model.PracticeScope.HeldUnder(practiceInfo, info)) continue;
                    var requirement = info.Requirements.FirstOrDefault(r => string.Equals(r.Name, requirementName, StringComparison.Ordinal));
                    if (requirement is { Kind: EventKind.Meeting }) continue;
                    var place = practice.RequirementPlace ?? ArmPlace(scenario, arm.Name) ?? practice.Place ?? new ScenarioPlace(scenario.SourcePath, "practice.requirement", 0, 0);
                    var meetings = info.Requirements.Where(r => r.Kind == EventKind.Meeting).Select(r => r.Name).ToList();
                    var problem = requirement is null
                        ? $"regime '{info.Name}' has no requirement '{requirementName}' to cost practice contact as"
                        : $"practice contact is costed as '{requirementName}', which is a {requirement.Kind.ToString().ToLowerInvariant()} in regime '{info.Name}', not a meeting";
                    var fix = meetings.Count == 0
                        ? "it has no interview requirement; switch practice contact off with practice: { enabled: false }"
                        : $"set practice.requirement to one of its interviews ({string.Join(", ", meetings)}) or switch practice contact off with practice: {{ enabled: false }}";
                    throw new ScenarioException(place, $"{problem}; {fix}");
                }
            }
        }
    }

    private static ScenarioPlace? ArmPlace(Scenario scenario, string arm) =>
        scenario.Reforms.Prepend(scenario.Baseline).FirstOrDefault(a => a.Name == arm)?.Place;
}
