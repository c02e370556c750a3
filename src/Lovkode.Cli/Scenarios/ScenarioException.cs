namespace Lovkode.Cli.Scenarios;

/// <summary>A scenario that cannot run; the message is one line that names the file, line, column and key path.</summary>
public sealed class ScenarioException : Exception
{
    public ScenarioException(ScenarioPlace place, string message)
        : base(place.Line > 0 ? $"{place.File}:{place.Line}:{place.Column}: {place.KeyPath}: {message}" : $"{place.KeyPath}: {message}")
    {
        Place = place;
        Detail = message;
    }

    public ScenarioException(string message)
        : base(message)
    {
    }

    public ScenarioPlace? Place { get; }

    /// <summary>The message without its place.</summary>
    public string? Detail { get; }
}
