using System.CommandLine;
using Lovkode.Cli.Diffing;
using Lovkode.Cli.RuleSets;
using Lovkode.Spec.Text;

namespace Lovkode.Cli.Commands;

/// <summary>
/// <c>lovkode diff BASE REFORM [--rules FILES|FOLDERS]</c>: what changes between two regimes, rule by rule, with the
/// citation for each change, and how many rules and variants each has.
/// </summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var baseline = new Argument<string>("base") { Description = "a regime name (e.g. Kontaktforloeb2024) or a .rules file" };
        var reform = new Argument<string>("reform") { Description = "a regime name (e.g. Reform2026) or a .rules file" };
        var date = new Option<string?>("--date") { Description = "count rules in force on this date (default: the later regime's effective date)" };
        var rules = RulesOptions.Rules();
        var replace = RulesOptions.ReplaceBuiltIn();
        var command = new Command("diff", "Show the rule-level difference between two regimes") { baseline, reform, date, rules, replace };
        command.SetAction(parse => Guarded.Run(() => Execute(
            parse.GetValue(baseline)!, parse.GetValue(reform)!, parse.GetValue(rules) ?? [], parse.GetValue(replace) ?? [], parse.GetValue(date), Console.Out)));
        return command;
    }

    public static int Execute(string baseName, string reformName, IReadOnlyList<string> rulesPaths, IReadOnlyList<string> replace, string? dateText, TextWriter output)
    {
        var files = new[] { baseName, reformName }.Where(UserRules.IsRulesPath);
        // Every error in the set stops the diff: a reform whose changes no longer apply to its
        // base must never come out as "no differences".
        var set = RulesOptions.Compile([.. rulesPaths, .. files], replace).ThrowOnErrors();
        var b = set.FindRegime(RegimeChoice.NameIn(set, baseName, "base"))!;
        var r = set.FindRegime(RegimeChoice.NameIn(set, reformName, "reform"))!;
        set.WriteReplacementNote(output);

        var comparison = RegimeComparison.Of(set.FindDomain(b.DomainName)!, b, set.FindDomain(r.DomainName)!, r, dateText);
        var day = comparison.Day;
        var entries = comparison.Entries;
        output.WriteLine($"{r.Name} against {b.Name}{(r.BaseName == b.Name ? $" (extends {b.Name})" : "")}");
        if (entries.Count == 0) output.WriteLine("  no rule-level differences");
        foreach (var group in entries.GroupBy(e => e.Kind).OrderBy(g => g.Key))
        {
            output.WriteLine();
            output.WriteLine($"{group.Key.ToString().ToLowerInvariant()}:");
            foreach (var e in group)
            {
                var detail = e.Detail is null ? "" : $" ({e.Detail})";
                output.WriteLine($"  {e.Target.ToString().ToLowerInvariant(),-12} {e.Name}{detail}  {e.Citation}");
            }
        }

        output.WriteLine();
        output.WriteLine($"Counts in force on {SpecDate.Format(day)} (rules = requirements + supervision + quotas; variants = requirement × group):");
        output.WriteLine($"  {"regime",-22} {"groups",6} {"rules",6} {"variants",9} {"values",7}");
        foreach (var (regime, c) in new[] { (b, comparison.BaselineCounts), (r, comparison.ReformCounts) })
        {
            output.WriteLine($"  {regime.Name,-22} {c.Groups,6} {c.Rules,6} {c.Variants,9} {c.ParameterValues,7}");
        }
        var cb = comparison.BaselineCounts;
        var cr = comparison.ReformCounts;
        output.WriteLine($"  {"change",-22} {cr.Groups - cb.Groups,6:+0;-0;0} {cr.Rules - cb.Rules,6:+0;-0;0} {cr.Variants - cb.Variants,9:+0;-0;0} {cr.ParameterValues - cb.ParameterValues,7:+0;-0;0}");
        return ExitCodes.Ok;
    }
}
