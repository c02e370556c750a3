using System.CommandLine;

namespace Lovkode.Cli.Commands;

internal static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "(being wired)");
        command.SetAction(_ => Guarded.Run(() => throw new CliException("run: not wired yet")));
        return command;
    }
}
