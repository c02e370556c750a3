using System.Collections.Generic;
using Lovkode.Spec.Analysis.FiniteDomain;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Analysis.Groups;

/// <summary>
/// Every possible citizen falls in exactly one target group or outside declaration (LBI § 6
/// lists the target groups as exhaustive and exclusive). Three kinds of search over the
/// finite fact domain: each group alone (can it hold at all?), each pair (an overlap), and
/// the negation of all (a gap). Each finding names a concrete citizen.
/// </summary>
internal static class GroupCoverageCheck
{
    public static void Run(AnalysisContext context)
    {
        var budget = new WorkBudget(context.Options.MaxCoverageCells);
        if (!Check(context, budget))
        {
            context.Report(DiagnosticDescriptors.AnalysisStopped, context.Regime.Span,
                "target group coverage check of regime " + context.Regime.Name, budget.Spent);
        }
    }

    /// <summary>False when the budget ran out before every search had a verdict.</summary>
    private static bool Check(AnalysisContext context, WorkBudget budget)
    {
        var groups = context.Regime.Groups;
        var possible = new bool[groups.Count];

        for (var i = 0; i < groups.Count; i++)
        {
            var result = CitizenSearch.FindCitizen(context.Domain, new[] { groups[i].Condition }, budget);
            if (result.Outcome == SearchOutcome.Stopped) return false;
            possible[i] = result.Outcome == SearchOutcome.Found;
            if (!possible[i]) context.Report(DiagnosticDescriptors.GroupNeverHolds, groups[i].Condition.Span, groups[i].Name);
        }

        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = i + 1; j < groups.Count; j++)
            {
                if (!possible[i] || !possible[j]) continue;
                var both = CitizenSearch.FindCitizen(context.Domain, new[] { groups[i].Condition, groups[j].Condition }, budget);
                if (both.Outcome == SearchOutcome.Stopped) return false;
                if (both.Outcome == SearchOutcome.Found)
                {
                    // Reported at the later group: it is usually the one meant to exclude the earlier.
                    context.Report(DiagnosticDescriptors.GroupOverlap, groups[j].Condition.Span, both.Witness!.Text, groups[i].Name, groups[j].Name);
                }
            }
        }

        var inNone = new List<BoundExpr>(groups.Count);
        foreach (var group in groups) inNone.Add(new BoundNot(group.Condition, group.Condition.Span));
        var gap = CitizenSearch.FindCitizen(context.Domain, inNone, budget);
        if (gap.Outcome == SearchOutcome.Stopped) return false;
        if (gap.Outcome == SearchOutcome.Found)
        {
            context.Report(DiagnosticDescriptors.GroupGap, context.Regime.Span, gap.Witness!.Text, context.Regime.Name);
        }
        return true;
    }
}
