using System.CommandLine;
using System.Globalization;
using Lovkode.Spec.Analysis;
using Lovkode.Spec.Analysis.Lint;

namespace Lovkode.Cli.Commands;

/// <summary>
/// <c>lovkode lint [FILES|FOLDERS]</c>: rules that differ across target groups only by a constant —
/// places where the law could say one thing for everyone — with what harmonising would save
/// per case. Without files, the compiled-in Danish law.
/// </summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = ".rules files or folders, read recursively (default: the Danish law compiled into lovkode)", Arity = ArgumentArity.ZeroOrMore };
        var regime = new Option<string[]>("--regime", "-R") { Description = "only these regimes (repeatable)" };
        var rules = RulesOptions.Rules();
        var replace = RulesOptions.ReplaceBuiltIn();
        var command = new Command("lint", "List simplification candidates with their estimated savings") { files, regime, rules, replace };
        command.SetAction(parse => Guarded.Run(() => Execute(
            [.. parse.GetValue(files) ?? [], .. parse.GetValue(rules) ?? []], parse.GetValue(regime) ?? [], parse.GetValue(replace) ?? [], Console.Out)));
        return command;
    }

    public static int Execute(IReadOnlyList<string> paths, IReadOnlyList<string> only, IReadOnlyList<string> replace, TextWriter output)
    {
        var front = RulesOptions.Compile(paths, replace).ThrowOnErrors();
        front.WriteReplacementNote(output);
        // The regimes named with --regime (any of the set); else those the user's files declare;
        // else, without files, the whole built-in law.
        var regimes = front.Compilation.Regimes
            .Where(r => only.Count > 0 ? only.Contains(r.Name) : front.User.IsEmpty || front.IsUserPath(r.Span.Path))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        var unknown = only.FirstOrDefault(n => regimes.All(r => r.Name != n));
        if (unknown is not null) throw new CliException($"--regime: no regime '{unknown}' among {string.Join(", ", front.RegimeNames)}");

        var total = 0;
        var variants = 0;
        foreach (var regime in regimes)
        {
            var domain = front.Compilation.FindDomain(regime.DomainName);
            if (domain is null) continue;
            var candidates = SpecLinter.FindCandidates(domain, regime)
                .OrderBy(c => c.Span.Path, StringComparer.Ordinal).ThenBy(c => c.Span.Line).ThenBy(c => c.Rule, StringComparer.Ordinal)
                .ToList();
            output.WriteLine($"{regime.Name}: {candidates.Count} candidate(s)");
            foreach (var c in candidates)
            {
                output.WriteLine($"  {c.Span.Path}:{c.Span.Line}:{c.Span.Column}: {c.Rule} — {c.Varying}: {string.Join("; ", c.Variants.Select(Variant))}");
                output.WriteLine($"    suggest: {c.Suggestion} ({c.TargetReason})");
                var s = c.Saving;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    saves: {s.VariantsRemoved} variant(s); per case over {s.SpellWeeks} weeks: {s.EventsPerCaseDelta:+0.##;-0.##;0} events, {s.CaseworkerMinutesPerCaseDelta:+0.#;-0.#;0} caseworker minutes"));
                total++;
                variants += s.VariantsRemoved;
            }
        }
        output.WriteLine($"{total} candidate(s) in {regimes.Count} regime(s); harmonising all would remove {variants} variant(s)");
        return ExitCodes.Ok;
    }

    private static string Variant(LintVariant v) =>
        string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", v.Groups)} {v.Value:0.##}") + (v.Requirement is null ? "" : $" ({v.Requirement})");
}
