using Lovkode.Cli.Regimes;
using Lovkode.Cli.Scenarios;
using Lovkode.Simulation.Population;

namespace Lovkode.Cli.Running;

/// <summary>
/// Whether the simulator can synthesise a population for each regime's domain. Every command
/// reads a user's own domain; the simulator's population is still the calibrated Danish one,
/// which needs the Danish facts (<see cref="FactMap"/>). A regime whose domain lacks them is
/// an error at its arm in the scenario, naming what is missing, before any simulating.
/// </summary>
internal static class SimulatedDomains
{
    public static void Check(Scenario scenario, ResolvedArms arms)
    {
        foreach (var arm in arms.Arms)
        {
            foreach (var (_, regime) in arm.Periods)
            {
                try
                {
                    FactMap.For(regime.Info);
                }
                catch (InvalidOperationException e)
                {
                    var place = scenario.Reforms.Prepend(scenario.Baseline).FirstOrDefault(a => a.Name == arm.Name)?.Place
                        ?? new ScenarioPlace(scenario.SourcePath, "regimes", 0, 0);
                    throw new ScenarioException(place, e.Message);
                }
            }
        }
    }
}
