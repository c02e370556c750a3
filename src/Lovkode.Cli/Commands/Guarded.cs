using Lovkode.Cli.Scenarios;
using Lovkode.Reports.Writers;

namespace Lovkode.Cli.Commands;

/// <summary>
/// Runs a command's body and turns bad input into one error line and exit code 2, never a
/// stack trace: every input exception already names its file, line and key.
/// </summary>
internal static class Guarded
{
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is CliException or ScenarioException or ReportInputException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Lovkode.Cluster.Client.ClusterUnavailableException e)
        {
            // A cluster run whose workers stopped answering: nothing was written (docs/distributed.md).
            Console.Error.WriteLine($"error: {e.Message}; nothing was written");
            return ExitCodes.ClusterFailed;
        }
    }
}
