using System.CommandLine;
using Lovkode.Cli.Commands;

namespace Lovkode.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("lovkode: compile legislation into code, and simulate it")
        {
            RunCommand.Create(),
            CheckCommand.Create(),
            ExplainCommand.Create(),
            DiffCommand.Create(),
            LintCommand.Create(),
            ReportCommand.Create(),
            CacheCommand.Create(),
            ServeCommand.Create(),
            WorkerCommand.Create(),
            LspCommand.Create(),
        };
        var parsed = root.Parse(args);
        // A bare `lovkode` shows the help, as before; any other mistake is one line each.
        return parsed.Errors.Count > 0 && args.Length > 0
            ? ArgumentErrors.Report(parsed, Console.Error)
            : parsed.Invoke();
    }
}
