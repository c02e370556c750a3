using FsCheck.Xunit;
using Lovkode.Spec.Analysis;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using static Lovkode.Spec.Tests.Analysis.Model;

namespace Lovkode.Spec.Tests.Analysis;

/// <summary>
/// A finite-domain check that runs out of its work budget reports only what it proved before:
/// with any budget, the findings are some of those of an unlimited run, and LK0023 says which
/// checks stopped. The search is the same depth-first walk at any budget, so a counterexample
/// found before the budget ran out is the same citizen.
/// </summary>
public sealed class BudgetProperties
{
    private static readonly string[] SearchChecks = { "target group coverage", "requirement reachability", "supervision exemption" };

    [Property(MaxTest = 60)]
    public bool A_check_that_runs_out_reports_only_findings_of_a_full_run(Guid seed)
    {
        var random = new RandomDomains(seed.GetHashCode());
        var domain = random.Domain();
        var groups = Enumerable.Range(0, random.Next(1, 4)).Select(i => Group("G" + i, i, random.Condition(domain, 2))).ToList();
        var indices = Enumerable.Range(0, groups.Count).ToArray();
        var requirements = Enumerable.Range(0, random.Next(1, 3))
            .Select(i => Requirement("R" + i, i, indices, Times(C(1), C(0), C(4)),
                condition: random.Next(0, 2) == 0 ? null : random.Condition(domain, 2),
                exemptions: Enumerable.Range(0, random.Next(0, 3)).Select(e => Exemption(random.Condition(domain, 2), 66 + e)).ToArray()))
            .ToArray();
        var supervision = new BoundSupervision("Tilsyn", 0, null, 52, 52, RequirementKind.Meeting, C(0.7), EquatableArray<BoundCost>.Empty,
            Enumerable.Range(0, random.Next(1, 3)).Select(e => Exemption(random.Condition(domain, 2), 92 + e)).ToEquatableArray(), Cite, At(90));
        var regime = Regime(groups, requirements: requirements, supervisions: new[] { supervision });

        var full = Run(domain, regime, 1_000_000);
        if (full.Any(d => d.Id == "LK0023")) return false;
        var fullSet = full.Select(Key).ToHashSet();
        foreach (var cells in new[] { 1, 2, 3, 5, 8, 13, 21, 34, 55, 89 })
        {
            var limited = Run(domain, regime, cells);
            var stopped = limited.Where(d => d.Id == "LK0023").ToList();
            if (stopped.Any(d => d.Severity != Severity.Info || d.Span.Line != 2)) return false;
            // One LK0023 per check at most, naming it.
            var named = stopped.Select(d => SearchChecks.Single(c => d.Message.StartsWith("The " + c + " check of regime Lab", StringComparison.Ordinal))).ToList();
            if (named.Distinct().Count() != named.Count) return false;
            if (!limited.Where(d => d.Id != "LK0023").All(d => fullSet.Contains(Key(d)))) return false;
            // A check that did not stop found everything a full run finds.
            if (stopped.Count == 0 && limited.Count != full.Count) return false;
        }
        return true;
    }

    private static List<Diagnostic> Run(BoundDomain domain, BoundRegime regime, int cells)
    {
        var bag = new DiagnosticBag();
        SpecAnalyzer.Analyze(domain, regime, bag, new AnalysisOptions(cells));
        return bag.Items.ToList();
    }

    private static string Key(Diagnostic d) => d.Id + " " + d.Span.Line + " " + d.Message;
}
