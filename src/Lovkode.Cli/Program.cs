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
        return root.Parse(args).Invoke();
    }
}
