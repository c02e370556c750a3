namespace Lovkode.Cli.Scenarios;

/// <summary>
/// A scenario with the text it was read from, how it is named and the folder its relative paths
/// are taken from: what a cluster run sends its workers, who read the same text the same way.
/// </summary>
internal sealed record ScenarioText(Scenario Scenario, string Display, string Text, string BaseFolder)
{
    /// <summary>The scenario file at <paramref name="path"/>, or the embedded default without one.</summary>
    public static ScenarioText Of(string? path)
    {
        if (path is null)
        {
            var folder = Directory.GetCurrentDirectory();
            var text = DefaultScenario.Text();
            return new(ScenarioReader.Read(text, DefaultScenario.DisplayPath, folder), DefaultScenario.DisplayPath, text, folder);
        }
        string content;
        try
        {
            content = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException($"{path}: cannot read the scenario: {e.Message}");
        }
        var baseFolder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return new(ScenarioReader.Read(content, path, baseFolder), path, content, baseFolder);
    }
}
