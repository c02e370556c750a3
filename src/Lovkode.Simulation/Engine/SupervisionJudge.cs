using Lovkode.Runtime;
using Lovkode.Simulation.Metrics;

namespace Lovkode.Simulation.Engine;

/// <summary>
/// Decides, week by week and area by area (member of the model's area fact: a municipality, say),
/// whether a supervision rule puts the area under supervision, and books the rule's yearly cost
/// (one 52nd a week) on the area-level pseudo group. Runs once the whole population's counts are
/// merged, since the share is a population measure.
/// </summary>
/// <remarks>
/// The share is covered ÷ eligible cases of the week (the cases at or past the rule's
/// cumulative weeks, and of those the ones with an event of the measured kind in the rolling
/// window). An area with no eligible case is not under supervision. The threshold and
/// cost amounts are resolved for group 0 at the week's date (supervision is not per group).
/// These costs are national: they are not scaled with the sample.
/// </remarks>
internal static class SupervisionJudge
{
    public static void Apply(ArmPlan arm, RawAccumulator acc, DateOnly start)
    {
        var layout = arm.Layout;
        for (var w = 0; w < acc.Weeks; w++)
        {
            var plan = arm.Plans[arm.PeriodOfWeek[w]];
            var parameters = plan.Regime.Parameters;
            var day = start.DayNumber + (7 * w);
            for (var s = 0; s < plan.Supervisions.Length; s++)
            {
                var rule = plan.Supervisions[s];
                var threshold = parameters.Resolve(rule.Threshold, 0, day);
                for (var m = 0; m < layout.Areas; m++)
                {
                    var index = acc.SupervisionIndex(plan.SupervisionSlot[s], m, w);
                    var eligible = acc.Eligible[index];
                    if (eligible == 0 || !((double)acc.Covered[index] / eligible < threshold)) continue;
                    var b = layout.Cell(layout.AreaLevelGroup, m) * layout.Slots;
                    acc.Sums[b + RawSlot.SupervisionWeeks]++;
                    foreach (var item in rule.Costs)
                    {
                        var perWeek = parameters.Resolve(item.Amount, 0, day) / 52.0;
                        if (double.IsNaN(perWeek)) continue;
                        switch (item.Component)
                        {
                            case CostComponent.Meeting or CostComponent.Preparation or CostComponent.FollowUp or CostComponent.Documentation:
                                acc.Sums[b + RawSlot.SupervisionMinutes] += RawSlot.ToFixed(perWeek);
                                break;
                            case CostComponent.Dkk:
                                acc.Sums[b + RawSlot.SupervisionDkk] += RawSlot.ToFixed(perWeek);
                                break;
                            // Citizen time: supervision involves no citizen.
                        }
                    }
                }
            }
        }
    }
}
