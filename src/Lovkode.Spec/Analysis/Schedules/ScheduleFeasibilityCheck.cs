using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Analysis.Parameters;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Analysis.Schedules;

/// <summary>
/// A schedule the law could never meet: more events than weeks in the window (at most one
/// event falls in a week), an empty window, a deadline or interval of zero weeks, or a
/// negative number. Parameter operands are checked for every group and dated value.
/// </summary>
internal static class ScheduleFeasibilityCheck
{
    public static void Run(AnalysisContext context)
    {
        foreach (var requirement in context.Regime.Requirements)
        {
            var user = "requirement " + requirement.Name;
            var groups = requirement.Groups.Where(g => !context.IsOutside(g)).ToList();
            CheckNegative(context, user, groups, OperandUse.ScheduleOperands(requirement.Schedule)
                .Concat(requirement.Costs.Select(c => (c.Amount, OperandUse.CostRole(c.Component)))));
            CheckSchedule(context, requirement, groups);
        }
    }

    internal static void CheckNegative(AnalysisContext context, string user, IReadOnlyList<int> groups, IEnumerable<(BoundOperand Operand, string Role)> operands)
    {
        foreach (var (operand, role) in operands)
        {
            var negative = OperandValues.Enumerate(context, new[] { operand }, groups).FirstOrDefault(v => v.Values[0] < 0);
            if (negative is null) continue;
            context.Report(DiagnosticDescriptors.NegativeNumber, operand.Span, Capital(role) + " of " + user, ParameterTimelineCheck.Number(negative.Values[0]), negative.Where);
        }
    }

    private static void CheckSchedule(AnalysisContext context, BoundRequirement requirement, IReadOnlyList<int> groups)
    {
        var schedule = requirement.Schedule;
        var user = "requirement " + requirement.Name;
        var reported = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var resolved in ResolvedSchedule.All(context, schedule, groups))
        {
            var v = resolved.Values;
            switch (schedule.Kind)
            {
                case ScheduleKind.OnceWithin when v.Weeks < 1 && !(v.Weeks < 0):
                    ReportOnce(reported, "LK0034", () => context.Report(DiagnosticDescriptors.NonPositivePeriod, schedule.Weeks!.Span, "The deadline", user, Number(v.Weeks) + " weeks", resolved.Where));
                    break;
                case ScheduleKind.Every when v.Weeks < 1 && !(v.Weeks < 0):
                    ReportOnce(reported, "LK0034", () => context.Report(DiagnosticDescriptors.NonPositivePeriod, schedule.Weeks!.Span, "The interval", user, Number(v.Weeks) + " weeks", resolved.Where));
                    break;
                // Windows of constants written in place are the binder's LK0102; these come through parameters.
                case ScheduleKind.Every when !double.IsNaN(v.Until) && v.Until <= v.From && ViaParameter(schedule.From, schedule.Until):
                    ReportOnce(reported, "LK0033", () => context.Report(DiagnosticDescriptors.EmptyWeekWindow, schedule.Span, Number(v.From), Number(v.Until), user, resolved.Where));
                    break;
                case ScheduleKind.TimesWithin when v.Until <= v.From && ViaParameter(schedule.From, schedule.Until):
                    ReportOnce(reported, "LK0033", () => context.Report(DiagnosticDescriptors.EmptyWeekWindow, schedule.Span, Number(v.From), Number(v.Until), user, resolved.Where));
                    break;
                case ScheduleKind.TimesWithin when v.Until <= v.From:
                    break;
                case ScheduleKind.TimesWithin when v.Count < 1 && !(v.Count < 0):
                    ReportOnce(reported, "LK0034", () => context.Report(DiagnosticDescriptors.NonPositivePeriod, schedule.Count!.Span, "The count", user, Number(v.Count) + " times", resolved.Where));
                    break;
                case ScheduleKind.TimesWithin when v.Count > v.Until - v.From:
                    ReportOnce(reported, "LK0032", () => context.Report(DiagnosticDescriptors.ScheduleTooDense, schedule.Span, Number(v.Count), Number(v.From), Number(v.Until), Number(v.Until - v.From), resolved.Where));
                    break;
            }
        }
    }

    private static bool ViaParameter(BoundOperand? from, BoundOperand? until) =>
        (from?.IsParameter ?? false) || (until?.IsParameter ?? false);

    private static void ReportOnce(HashSet<string> reported, string id, System.Action report)
    {
        if (reported.Add(id)) report();
    }

    private static string Number(double value) => ParameterTimelineCheck.Number(value);

    internal static string Capital(string role) => role.Length == 0 ? role : char.ToUpperInvariant(role[0]) + role.Substring(1);
}
