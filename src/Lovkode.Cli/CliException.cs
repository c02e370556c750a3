namespace Lovkode.Cli;

/// <summary>Bad input the user can fix: printed as one line, exit code 2. The message names the place.</summary>
public sealed class CliException(string message) : Exception(message);

/// <summary>The exit codes of every command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The input was read, and it has errors (e.g. <c>lovkode check</c> found diagnostics).</summary>
    public const int Findings = 1;

    /// <summary>The input could not be used at all: a missing file, malformed YAML, an unknown regime, an unwritable folder.</summary>
    public const int BadInput = 2;

    /// <summary>A cluster run (<c>--cluster</c>) lost its workers, or one refused the job: nothing was written.</summary>
    public const int ClusterFailed = 3;
}
