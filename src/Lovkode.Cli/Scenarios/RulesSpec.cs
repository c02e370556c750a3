namespace Lovkode.Cli.Scenarios;

/// <summary>
/// The <c>rules:</c> block: the user's .rules files and folders (paths relative to the
/// scenario), compiled with the built-in law and with every .rules file the <c>regimes:</c>
/// block names, as one set; and the built-in regimes and domains a file of the set may replace.
/// </summary>
public sealed record RulesSpec(IReadOnlyList<ScenarioPath> Paths, IReadOnlyList<ScenarioName> ReplaceBuiltIn)
{
    public static RulesSpec None { get; } = new([], []);
}

/// <summary>A path in the scenario, resolved against the scenario's folder, with its place.</summary>
public sealed record ScenarioPath(string Path, ScenarioPlace Place);

/// <summary>A name in the scenario, with its place.</summary>
public sealed record ScenarioName(string Name, ScenarioPlace Place);
