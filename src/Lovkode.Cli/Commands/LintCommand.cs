using System.CommandLine;

namespace Lovkode.Cli.Commands;

internal static class LintCommand
{
    public static Command Create()
    {
        var command = new Command("lint", "(being wired)");
        command.SetAction(_ => Guarded.Run(() => throw new CliException("lint: not wired yet")));
        return command;
    }
}
