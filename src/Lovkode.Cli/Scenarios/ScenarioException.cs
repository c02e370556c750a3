namespace Lovkode.Cli.Scenarios;

/// <summary>
/// A scenario that cannot run; the message is one line that names the file, line, column and key
/// path. When a file has several problems, the exception is the first one's, its message ends with
/// "(and N more; run lovkode check)", and <see cref="Problems"/> holds them all.
/// </summary>
public sealed class ScenarioException : Exception
{
    public ScenarioException(ScenarioPlace place, string message)
        : base(place.Line > 0 ? $"{place.File}:{place.Line}:{place.Column}: {place.KeyPath}: {message}" : $"{place.KeyPath}: {message}")
    {
        Place = place;
        Detail = message;
        Problems = [this];
    }

    public ScenarioException(string message)
        : base(message)
    {
        Problems = [this];
    }

    /// <summary>Several problems of one file, in file order: the first one's place, with how many more.</summary>
    internal ScenarioException(IReadOnlyList<ScenarioException> problems)
        : base($"{problems[0].Message} (and {problems.Count - 1} more; run lovkode check)")
    {
        Place = problems[0].Place;
        Detail = problems[0].Detail is { } detail ? $"{detail} (and {problems.Count - 1} more)" : null;
        Problems = problems;
    }

    public ScenarioPlace? Place { get; }

    /// <summary>The message without its place.</summary>
    public string? Detail { get; }

    /// <summary>Every problem found, each with its own place: this one alone, or all of a file's.</summary>
    public IReadOnlyList<ScenarioException> Problems { get; }
}
