using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Analysis.FiniteDomain;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Analysis.Requirements;

/// <summary>
/// A requirement that can never fire is dead law in the spec: it applies only to outside
/// groups, its in-force interval is empty, an exemption covers everyone it applies to, or its
/// condition contradicts the conditions of its groups. The last two use the same finite-domain
/// search as the group coverage check.
/// </summary>
internal static class RequirementReachabilityCheck
{
    public static void Run(AnalysisContext context)
    {
        var budget = new WorkBudget(context.Options.MaxCoverageCells);
        // Once the budget is spent the searches stop, but the checks below that need no search
        // still run for every requirement: an exhausted budget must not hide an error.
        var stopped = false;
        foreach (var requirement in context.Regime.Requirements)
        {
            // 'from' at or after 'until' is the binder's LK0102. An end before the regime starts is
            // only this regime's error when the requirement is declared in its own file: a reform
            // may inherit a requirement of its base that lapsed before the reform.
            if (requirement.UntilDay is int until && context.Regime.EffectiveDay is int effective && until <= effective
                && requirement.Span.Path == context.Regime.Span.Path)
            {
                context.Report(DiagnosticDescriptors.RequirementEndsBeforeRegime, requirement.Span, requirement.Name,
                    SpecDate.Format(until), context.Regime.Name, SpecDate.Format(effective));
            }

            var groups = requirement.Groups.Where(g => g >= 0 && g < context.Regime.Groups.Count).Select(g => context.Regime.Groups[g]).ToList();
            var targets = groups.Where(g => !g.IsOutside).ToList();
            if (groups.Count > 0 && targets.Count == 0)
            {
                context.Report(DiagnosticDescriptors.RequirementOnlyOutside, requirement.Span, requirement.Name, string.Join(", ", groups.Select(g => g.Name)));
                continue;
            }
            if (stopped || CheckConditions(context, requirement, targets, budget)) continue;
            stopped = true;
            context.Report(DiagnosticDescriptors.AnalysisStopped, context.Regime.Span,
                "requirement reachability check of regime " + context.Regime.Name, budget.Spent);
        }
    }

    /// <summary>False when the budget ran out.</summary>
    private static bool CheckConditions(AnalysisContext context, BoundRequirement requirement, List<BoundGroup> targets, WorkBudget budget)
    {
        if (targets.Count == 0 || (requirement.Condition is null && requirement.Exemptions.IsEmpty)) return true;

        // Who the requirement would reach in each group before its exemptions.
        var reached = new List<BoundGroup>();
        foreach (var group in targets)
        {
            var outcome = Search(context, Base(requirement, group), budget);
            if (outcome == SearchOutcome.Stopped) return false;
            if (outcome == SearchOutcome.Found) reached.Add(group);
        }
        if (reached.Count == 0)
        {
            context.Report(DiagnosticDescriptors.RequirementNeverFires, requirement.Condition?.Span ?? requirement.Span, requirement.Name,
                "no citizen of " + string.Join(", ", targets.Select(g => g.Name)) + " satisfies its condition");
            return true;
        }

        var alwaysExempt = false;
        foreach (var exemption in requirement.Exemptions)
        {
            var escapes = false;
            foreach (var group in reached)
            {
                var outcome = Search(context, Base(requirement, group).Append(Not(exemption.Condition)), budget);
                if (outcome == SearchOutcome.Stopped) return false;
                if (outcome == SearchOutcome.Found)
                {
                    escapes = true;
                    break;
                }
            }
            if (escapes) continue;
            alwaysExempt = true;
            context.Report(DiagnosticDescriptors.ExemptionAlwaysHolds, exemption.Span, requirement.Name);
        }
        if (alwaysExempt) return true;

        var fires = new List<BoundGroup>();
        foreach (var group in reached)
        {
            var outcome = Search(context, Base(requirement, group).Concat(requirement.Exemptions.Select(e => Not(e.Condition))), budget);
            if (outcome == SearchOutcome.Stopped) return false;
            if (outcome == SearchOutcome.Found) fires.Add(group);
        }
        if (fires.Count == 0)
        {
            context.Report(DiagnosticDescriptors.RequirementNeverFires, requirement.Span, requirement.Name,
                "its exemptions together cover every citizen it applies to");
            return true;
        }
        foreach (var group in targets.Where(t => !fires.Contains(t)))
        {
            context.Report(DiagnosticDescriptors.RequirementDeadForGroup, requirement.Span, requirement.Name, group.Name);
        }
        return true;
    }

    private static IEnumerable<BoundExpr> Base(BoundRequirement requirement, BoundGroup group)
    {
        yield return group.Condition;
        if (requirement.Condition is not null) yield return requirement.Condition;
    }

    private static BoundExpr Not(BoundExpr expr) => new BoundNot(expr, expr.Span);

    private static SearchOutcome Search(AnalysisContext context, IEnumerable<BoundExpr> conditions, WorkBudget budget) =>
        CitizenSearch.FindCitizen(context.Domain, conditions.ToList(), budget).Outcome;
}
