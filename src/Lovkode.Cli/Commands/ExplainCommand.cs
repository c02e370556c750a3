using System.CommandLine;

namespace Lovkode.Cli.Commands;

internal static class ExplainCommand
{
    public static Command Create()
    {
        var command = new Command("explain", "(being wired)");
        command.SetAction(_ => Guarded.Run(() => throw new CliException("explain: not wired yet")));
        return command;
    }
}
