using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Lovkode.Spec.Analysis.Parameters;
using Lovkode.Spec.Analysis.Schedules;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Analysis.PopulationRules;

/// <summary>
/// Supervision compares a municipality's share of cases with a threshold, so the threshold
/// is a share; its window and cumulative weeks are weeks, and its costs are never negative.
/// </summary>
internal static class SupervisionCheck
{
    public static void Run(AnalysisContext context)
    {
        var groups = context.Regime.Groups.Where(g => !g.IsOutside).Select(g => g.Index).ToList();
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
                context.Report(DiagnosticDescriptors.NegativeNumber, supervision.Span, "The cumulative weeks", user,
                    supervision.MinCumulativeWeeks.ToString(CultureInfo.InvariantCulture), "");
            }
            ScheduleFeasibilityCheck.CheckNegative(context, user, groups,
                supervision.Costs.Select(c => (c.Amount, "the " + OperandUse.CostName(c.Component) + " cost")));
        }
    }
}
