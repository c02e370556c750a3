using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Analysis.Parameters;

/// <summary>
/// One place a number is used: by which rule, for which groups and on which days
/// [From, Until). A parameter operand must have a value for each of those groups on each of
/// those days.
/// </summary>
internal sealed record OperandUse(BoundOperand Operand, string User, IReadOnlyList<int> Groups, long From, long Until)
{
    public static IEnumerable<OperandUse> All(AnalysisContext context)
    {
        var regime = context.Regime;
        var regimeFrom = regime.EffectiveDay ?? long.MinValue;
        var targetGroups = regime.Groups.Where(g => !g.IsOutside).Select(g => g.Index).ToList();

        foreach (var r in regime.Requirements)
        {
            var user = "requirement " + r.Name;
            var groups = r.Groups.Where(g => !context.IsOutside(g)).ToList();
            var from = System.Math.Max(regimeFrom, r.FromDay ?? long.MinValue);
            var until = r.UntilDay ?? long.MaxValue;
            foreach (var (operand, _) in ScheduleOperands(r.Schedule)) yield return new OperandUse(operand, user, groups, from, until);
            foreach (var cost in r.Costs) yield return new OperandUse(cost.Amount, user, groups, from, until);
        }
        foreach (var q in regime.Quotas)
        {
            yield return new OperandUse(q.Share, "the quota on " + q.RequirementName, q.Groups.ToList(), regimeFrom, long.MaxValue);
        }
        foreach (var s in regime.Supervisions)
        {
            var user = "supervision " + s.Name;
            yield return new OperandUse(s.Threshold, user, targetGroups, regimeFrom, long.MaxValue);
            foreach (var cost in s.Costs) yield return new OperandUse(cost.Amount, user, targetGroups, regimeFrom, long.MaxValue);
        }
    }

    public static IEnumerable<(BoundOperand Operand, string Role)> ScheduleOperands(BoundSchedule schedule)
    {
        if (schedule.Count is not null) yield return (schedule.Count, "the count");
        if (schedule.Weeks is not null) yield return (schedule.Weeks, schedule.Kind == ScheduleKind.Every ? "the interval" : "the weeks");
        if (schedule.From is not null) yield return (schedule.From, "the first week");
        if (schedule.Until is not null) yield return (schedule.Until, "the end week");
    }

    /// <summary>How a message names a cost amount: "the follow-up cost".</summary>
    public static string CostRole(CostComponent component) => "the " + CostName(component) + " cost";

    private static string CostName(CostComponent component) =>
        component == CostComponent.FollowUp ? "follow-up" : component.ToString().ToLowerInvariant();
}
