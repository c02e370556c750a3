using System.CommandLine;
using Lovkode.Cli.RuleSets;

namespace Lovkode.Cli.Commands;

/// <summary>
/// The options every command that reads .rules files shares: <c>--rules</c> (files or folders,
/// repeatable) and <c>--replace-builtin NAME</c>, and the one way they become a
/// <see cref="RuleSet"/> whose errors stop the command with one line.
/// </summary>
internal static class RulesOptions
{
    public static Option<string[]> Rules() => new("--rules")
    {
        Description = ".rules files or folders (read recursively) compiled with the built-in law; repeatable",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<string[]> ReplaceBuiltIn() => new("--replace-builtin")
    {
        Description = "let a file of yours replace the built-in regime, domain or model of this name (repeatable); without it, a file that takes a built-in name is an error",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>The user's files with the built-in law; a name in <paramref name="replace"/> that no file of theirs declares is bad input.</summary>
    public static RuleSet Compile(IEnumerable<string> paths, IReadOnlyList<string> replace)
    {
        var set = RuleSet.Compile(UserRules.FromPaths(paths), replace);
        CheckReplacements(set);
        return set;
    }

    public static void CheckReplacements(RuleSet set)
    {
        if (set.UnmatchedReplacements.Count == 0) return;
        var name = set.UnmatchedReplacements[0];
        var builtIn = RulesLibrary.Files.Where(f => f.DeclaredName is not null).Select(f => f.DeclaredName!).Order(StringComparer.Ordinal);
        throw new CliException(RulesLibrary.Files.Any(f => f.DeclaredName == name)
            ? $"--replace-builtin: none of your files declares {name}, so there is nothing to replace it with"
            : $"--replace-builtin: {name} is not a built-in regime, domain or model; they are {string.Join(", ", builtIn)}");
    }

    /// <summary>
    /// The line every command prints before its output when the user's files replace built-in
    /// ones, as asked (without asking it is an error, LK0130): the choice is never silent.
    /// </summary>
    public static void WriteReplacementNote(this RuleSet set, TextWriter output)
    {
        if (set.Replaced.Count == 0) return;
        var rebuilt = set.Rebuilt.Count == 0 ? "" : $"; built-in regimes rebuilt on them: {string.Join(", ", set.Rebuilt)}";
        output.WriteLine($"note: built-in law replaced by your files, as asked: {string.Join(", ", set.Replaced)}{rebuilt}");
    }

    /// <summary>Stops the command at the set's first error: one line, "(and N more; run lovkode check)".</summary>
    public static RuleSet ThrowOnErrors(this RuleSet set)
    {
        if (set.ErrorSummary("run lovkode check") is { } summary) throw new CliException(summary);
        return set;
    }
}
