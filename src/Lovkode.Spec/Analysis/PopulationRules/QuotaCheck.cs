using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Lovkode.Spec.Analysis.Parameters;
using Lovkode.Spec.Analysis.Schedules;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Analysis.PopulationRules;

/// <summary>
/// A quota lets a requirement be met for only a share of a group in a week window. The share
/// must be a share, the window must hold weeks, the groups must be ones the requirement
/// applies to, and the requirement must fall due inside the window at all.
/// </summary>
internal static class QuotaCheck
{
    public static void Run(AnalysisContext context)
    {
        foreach (var quota in context.Regime.Quotas)
        {
            var outOfRange = OperandValues.Enumerate(context, new[] { quota.Share }, quota.Groups).FirstOrDefault(v => v.Values[0] < 0 || v.Values[0] > 1);
            if (outOfRange is not null)
            {
                context.Report(DiagnosticDescriptors.QuotaShareOutOfRange, quota.Share.Span, quota.RequirementName, Percent(outOfRange.Values[0]), outOfRange.Where);
            }

            if (quota.RequirementIndex < 0 || quota.RequirementIndex >= context.Regime.Requirements.Count) continue;
            var requirement = context.Regime.Requirements[quota.RequirementIndex];
            foreach (var group in quota.Groups.Where(g => !requirement.Groups.Contains(g)).Distinct())
            {
                context.Report(DiagnosticDescriptors.QuotaGroupNotCovered, quota.Span, quota.RequirementName, context.GroupName(group));
            }

            // An empty window is the binder's LK0102: a quota's weeks are written in place.
            if (quota.UntilWeek <= quota.FromWeek) continue;

            var groups = quota.Groups.Where(requirement.Groups.Contains).ToList();
            if (groups.Count == 0) groups = requirement.Groups.ToList();
            var schedules = ResolvedSchedule.All(context, requirement.Schedule, groups).ToList();
            if (schedules.Any(s => ScheduleWeeks.FallsDueWithin(s.Kind, s.Values, quota.FromWeek, quota.UntilWeek))) continue;
            var due = new SortedSet<int>();
            foreach (var resolved in schedules)
            {
                foreach (var week in ScheduleWeeks.Due(resolved.Kind, resolved.Values, int.MaxValue)) due.Add(week);
            }
            context.Report(DiagnosticDescriptors.QuotaWindowNeverReached, quota.Span,
                quota.RequirementName, Whole(quota.FromWeek), Whole(quota.UntilWeek), DescribeWeeks(due));
        }
    }

    private static string DescribeWeeks(SortedSet<int> weeks)
    {
        if (weeks.Count == 0) return "no week at all";
        var listed = weeks.Take(6).Select(Whole).ToList();
        var text = (weeks.Count == 1 ? "week " : "weeks ") + string.Join(", ", listed);
        return weeks.Count > listed.Count ? text + ", …" : text;
    }

    internal static string Percent(double share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);
}
