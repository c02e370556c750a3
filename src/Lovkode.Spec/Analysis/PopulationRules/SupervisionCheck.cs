using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Lovkode.Spec.Analysis.FiniteDomain;
using Lovkode.Spec.Analysis.Parameters;
using Lovkode.Spec.Analysis.Schedules;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Analysis.PopulationRules;

/// <summary>
/// Supervision compares a municipality's share of cases with a threshold, so the threshold
/// is a share; its window and cumulative weeks are weeks, and its costs are never negative.
/// Its exemptions must leave some case to measure (LK0043), found with the same finite-domain
/// search as the group coverage check.
/// </summary>
internal static class SupervisionCheck
{
    public static void Run(AnalysisContext context)
    {
        var groups = context.Regime.Groups.Where(g => !g.IsOutside).Select(g => g.Index).ToList();
        var budget = new WorkBudget(context.Options.MaxCoverageCells);
        // A spent budget stops the exemption searches only; every rule still gets the other checks.
        var stopped = false;
        foreach (var supervision in context.Regime.Supervisions)
        {
            var user = "supervision " + supervision.Name;
            var outOfRange = OperandValues.Enumerate(context, new[] { supervision.Threshold }, groups).FirstOrDefault(v => v.Values[0] < 0 || v.Values[0] > 1);
            if (outOfRange is not null)
            {
                context.Report(DiagnosticDescriptors.SupervisionThresholdOutOfRange, supervision.Threshold.Span,
                    supervision.Name, QuotaCheck.Percent(outOfRange.Values[0]), outOfRange.Where);
            }
            if (supervision.WindowWeeks < 1)
            {
                context.Report(DiagnosticDescriptors.NonPositivePeriod, supervision.Span, "The window", user,
                    supervision.WindowWeeks.ToString(CultureInfo.InvariantCulture) + " weeks", "");
            }
            if (supervision.MinCumulativeWeeks < 0)
            {
                context.Report(DiagnosticDescriptors.NegativeNumber, supervision.Span, "The cumulative weeks of " + user,
                    supervision.MinCumulativeWeeks.ToString(CultureInfo.InvariantCulture), "");
            }
            ScheduleFeasibilityCheck.CheckNegative(context, user, groups,
                supervision.Costs.Select(c => (c.Amount, OperandUse.CostRole(c.Component))));
            if (stopped || CheckExemptions(context, supervision, budget)) continue;
            stopped = true;
            context.Report(DiagnosticDescriptors.AnalysisStopped, context.Regime.Span, "supervision exemption check of regime " + context.Regime.Name, budget.Spent);
        }
    }

    /// <summary>
    /// The measured cases are those of the groups a requirement of the measured kind reaches (as
    /// the simulator counts them). False when the search budget ran out.
    /// </summary>
    private static bool CheckExemptions(AnalysisContext context, BoundSupervision supervision, WorkBudget budget)
    {
        if (supervision.Exemptions.IsEmpty) return true;
        var measured = context.Regime.Requirements
            .Where(r => r.Kind == supervision.MeasuredKind)
            .SelectMany(r => r.Groups)
            .Where(g => g >= 0 && g < context.Regime.Groups.Count && !context.Regime.Groups[g].IsOutside)
            .Distinct()
            .Select(g => context.Regime.Groups[g])
            .ToList();
        if (measured.Count == 0) return true;
        foreach (var group in measured)
        {
            var conditions = new List<BoundExpr> { group.Condition };
            conditions.AddRange(supervision.Exemptions.Select(e => (BoundExpr)new BoundNot(e.Condition, e.Condition.Span)));
            var outcome = CitizenSearch.FindCitizen(context.Domain, conditions, budget).Outcome;
            if (outcome == SearchOutcome.Stopped) return false;
            if (outcome == SearchOutcome.Found) return true;
        }
        context.Report(DiagnosticDescriptors.SupervisionExemptsEveryCase, supervision.Exemptions[0].Span, supervision.Name,
            string.Join(", ", measured.Select(g => g.Name)), supervision.MeasuredKind.ToString().ToLowerInvariant());
        return true;
    }
}
