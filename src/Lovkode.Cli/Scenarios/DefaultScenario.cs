namespace Lovkode.Cli.Scenarios;

/// <summary>scenarios/default.yaml, embedded in the CLI so that <c>lovkode run</c> works from anywhere.</summary>
public static class DefaultScenario
{
    public const string DisplayPath = "(default scenario)";

    public static string Text()
    {
        using var stream = typeof(DefaultScenario).Assembly.GetManifestResourceStream("scenarios/default.yaml")
            ?? throw new InvalidOperationException("the default scenario is not embedded in the CLI");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Relative paths in the default scenario (its output folder) are taken from the current folder.</summary>
    public static Scenario Read() => ScenarioReader.Read(Text(), DisplayPath, Directory.GetCurrentDirectory());
}
