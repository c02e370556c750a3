using System.CommandLine;

namespace Lovkode.Cli.Commands;

/// <summary>Stand-in, compiled only while SpecLinter is not in this build (see Lovkode.Cli.csproj).</summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = ".rules files (default: the compiled-in Danish law)", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("lint", "List simplification candidates with their estimated savings") { files };
        command.SetAction(_ => Guarded.Run(() =>
            throw new CliException("lovkode lint needs the linter (src/Lovkode.Spec/Analysis/SpecLinter.cs), which is not in this build")));
        return command;
    }
}
