using Lovkode.Cli.RuleSets;

namespace Lovkode.Cli.Commands;

/// <summary>
/// The regime a command is about, in the set of the user's files: a name (the user's or the
/// built-in law's), a .rules file (added to the set; its regime), or, when left out, the one
/// regime the user's files declare.
/// </summary>
internal sealed record RegimeChoice(IReadOnlyList<string> Paths, IReadOnlyList<string> Replace, string? Regime, string Option = "--regime")
{
    public (RuleSet Set, string Name) Resolve()
    {
        var isFile = Regime is not null && UserRules.IsRulesPath(Regime);
        if (isFile && !File.Exists(Regime)) throw new CliException($"{Option}: no such .rules file: {Regime}");
        var set = RulesOptions.Compile(isFile ? [.. Paths, Regime!] : Paths, Replace).ThrowOnErrors();
        return (set, NameIn(set, Regime, Option));
    }

    /// <summary>The regime's name in a compiled set; bad input names the option.</summary>
    public static string NameIn(RuleSet set, string? regime, string option)
    {
        if (regime is null)
        {
            var declared = set.GivenRegimeFiles.Select(f => f.DeclaredName!).ToList();
            return declared.Count switch
            {
                1 => declared[0],
                0 when set.User.IsEmpty => throw new CliException($"{option}: name a regime; the compiled-in regimes are {string.Join(", ", set.RegimeNames)} (or give .rules files)"),
                0 => throw new CliException($"{option}: name a regime (your files declare none); known: {string.Join(", ", set.RegimeNames)}"),
                _ => throw new CliException($"{option}: your files declare several regimes ({string.Join(", ", declared.Order(StringComparer.Ordinal))}); name one"),
            };
        }
        if (UserRules.IsRulesPath(regime))
        {
            var file = set.UserFile(regime) ?? throw new CliException($"{regime}: no such file");
            return file.Kind == RulesFileKind.Regime
                ? file.DeclaredName!
                : throw new CliException($"{option}: {regime} declares no regime{(file.KindWord is { } kind ? $"; it declares the {kind} {file.DeclaredName}" : "")}");
        }
        return set.HasRegime(regime)
            ? regime
            : throw new CliException($"{option}: unknown regime '{regime}'; {(set.User.IsEmpty ? "the compiled-in regimes are" : "known")}: {string.Join(", ", set.RegimeNames)}{(set.User.IsEmpty ? " (or give .rules files)" : "")}");
    }
}
