using Lovkode.Runtime;

namespace Lovkode.Cli.Running;

/// <summary>The population model a scenario runs, as found (before the scenario's overrides), and where it came from: "compiled in" or the user's file.</summary>
public sealed record ScenarioModel(IPopulationModel Model, string Origin);
