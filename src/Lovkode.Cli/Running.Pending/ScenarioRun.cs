using Lovkode.Cli.Regimes;
using Lovkode.Cli.Scenarios;
using Lovkode.Reports.Model;

namespace Lovkode.Cli.Running;

/// <summary>Stand-in, compiled only while the simulator is not in this build (see Lovkode.Cli.csproj).</summary>
internal static class ScenarioRun
{
    public static ResultsDocument Execute(Scenario scenario, ResolvedArms arms, Action<double>? progress) =>
        throw new CliException("lovkode run needs the simulator (src/Lovkode.Simulation/Simulator.cs), which is not in this build");
}
