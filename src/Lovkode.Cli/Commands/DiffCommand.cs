using System.CommandLine;

namespace Lovkode.Cli.Commands;

internal static class DiffCommand
{
    public static Command Create()
    {
        var command = new Command("diff", "(being wired)");
        command.SetAction(_ => Guarded.Run(() => throw new CliException("diff: not wired yet")));
        return command;
    }
}
