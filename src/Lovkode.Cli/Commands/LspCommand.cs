using System.CommandLine;
using Lovkode.Cli.LanguageServing;
using Lovkode.LanguageServer.Server;

namespace Lovkode.Cli.Commands;

/// <summary>
/// <c>lovkode lsp</c>: the .rules language server, speaking the Language Server Protocol over
/// stdin and stdout (docs/editors.md). Nothing else is written to stdout; the server's own log
/// goes to stderr, which editors show in their output pane.
/// </summary>
internal static class LspCommand
{
    public static Command Create()
    {
        // Editors' clients add --stdio; it is the only transport, so it is accepted and changes nothing.
        var stdio = new Option<bool>("--stdio") { Description = "talk over stdin/stdout (the default and only transport)" };
        var replace = RulesOptions.ReplaceBuiltIn();
        var command = new Command("lsp", "Serve the .rules language to an editor (Language Server Protocol over stdio)") { stdio, replace };
        command.SetAction(parse =>
        {
            var server = new RulesLanguageServer(new RuleSetFrontEnd(parse.GetValue(replace) ?? []), Console.Error);
            return server.Run(Console.OpenStandardInput(), Console.OpenStandardOutput());
        });
        return command;
    }
}
