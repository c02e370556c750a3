using System.CommandLine;
using System.CommandLine.Parsing;

namespace Lovkode.Cli.Commands;

/// <summary>
/// Mistakes in the command line itself (an unknown option, a number that is not one), said as
/// the CLI says every other bad input: one line per mistake naming the option, exit code 2
/// (docs/cli.md). The parser's own report names .NET types ("System.Nullable`1[System.Int32]")
/// and prints the whole help after it, which buries the one line that matters.
/// </summary>
internal static class ArgumentErrors
{
    public static int Report(ParseResult parsed, TextWriter error)
    {
        var help = $"{CommandPath(parsed.CommandResult)} --help";
        foreach (var mistake in Mistakes(parsed.Errors))
            error.WriteLine($"error: {Describe(mistake)} (`{help}` lists the options)");
        return ExitCodes.BadInput;
    }

    /// <summary>
    /// "Required command was not provided" beside an unrecognized word says the same thing
    /// twice (`lovkode bogus`): the unrecognized word is the one to name.
    /// </summary>
    private static IEnumerable<ParseError> Mistakes(IReadOnlyList<ParseError> errors) =>
        errors.Count > 1 ? errors.Where(e => !IsMissingCommand(e)) : errors;

    private static bool IsMissingCommand(ParseError mistake) =>
        mistake.SymbolResult is CommandResult && mistake.Message.StartsWith("Required command", StringComparison.Ordinal);

    private static string Describe(ParseError mistake) => mistake.SymbolResult switch
    {
        CommandResult { Command.Subcommands.Count: > 0 } result when mistake.Message.StartsWith("Unrecognized", StringComparison.Ordinal) =>
            $"{mistake.Message.TrimEnd('.')}; the commands are: {string.Join(", ", result.Command.Subcommands.Select(c => c.Name))}",
        // The only other message that needs rewording: the rest ("Unrecognized command or argument
        // 'x'.", "Required argument missing for option: '--date'.") already read well.
        OptionResult result when IsConversion(mistake) =>
            $"{result.Option.Name}: {Given(result.Tokens)} is not {Expected(result.Option.ValueType)}",
        ArgumentResult result when IsConversion(mistake) =>
            $"{result.Argument.Name}: {Given(result.Tokens)} is not {Expected(result.Argument.ValueType)}",
        _ => mistake.Message.TrimEnd('.'),
    };

    private static bool IsConversion(ParseError mistake) =>
        mistake.Message.StartsWith("Cannot parse argument", StringComparison.Ordinal);

    private static string Given(IReadOnlyList<Token> tokens) =>
        tokens.Count == 0 ? "nothing" : string.Join(", ", tokens.Select(t => $"'{t.Value}'"));

    private static string Expected(Type type)
    {
        var value = Nullable.GetUnderlyingType(type) ?? type;
        if (value == typeof(int)) return $"a whole number (at most {int.MaxValue:N0})";
        if (value == typeof(long)) return $"a whole number (at most {long.MaxValue:N0})";
        if (value == typeof(double) || value == typeof(decimal)) return "a number";
        if (value == typeof(DateOnly)) return "a date (yyyy-mm-dd)";
        if (value.IsEnum) return $"one of {string.Join(", ", Enum.GetNames(value).Select(n => n.ToLowerInvariant()))}";
        return "a value this option takes";
    }

    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? at = command; at is CommandResult c; at = c.Parent)
            names.Insert(0, c.Parent is null ? "lovkode" : c.Command.Name);
        return string.Join(' ', names);
    }
}
