using Lovkode.Runtime;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Model;

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
/// A result-gated rule (<see cref="SupervisionInfo.ResultGated"/>) examines an area only in a year
/// its result measure is worse than expected (<see cref="AreaResultPlan"/>; the weeks it is
/// examined are counted once per area and week); a rule with an alternative counts the model's
/// share of the measured cases without the event as covered too, so its share is
/// covered ÷ eligible + (1 − covered ÷ eligible) × alternative (the alternative independent of the
/// event, in expectation rather than drawn case by case).
/// </remarks>
internal static class SupervisionJudge
{
    public static void Apply(ArmPlan arm, RawAccumulator acc, DateOnly start, AreaResultPlan results, ulong seed, int replication)
    {
        var layout = arm.Layout;
        var examined = new bool[layout.Areas];
        for (var w = 0; w < acc.Weeks; w++)
        {
            Array.Clear(examined);
            var plan = arm.Plans[arm.PeriodOfWeek[w]];
            var parameters = plan.Regime.Parameters;
            var day = start.DayNumber + (7 * w);
            for (var s = 0; s < plan.Supervisions.Length; s++)
            {
                var rule = plan.Supervisions[s];
                var threshold = parameters.Resolve(rule.Threshold, 0, day);
                var alternative = rule.Alternative is null ? 0.0 : results.Alternative;
                for (var m = 0; m < layout.Areas; m++)
                {
                    var b = layout.Cell(layout.AreaLevelGroup, m) * layout.Slots;
                    if (rule.ResultGated)
                    {
                        if (!results.Worse(seed, replication, m, w / 52)) continue;
                        if (!examined[m]) acc.Sums[b + RawSlot.SupervisionExaminedWeeks]++;
                        examined[m] = true;
                    }
                    var index = acc.SupervisionIndex(plan.SupervisionSlot[s], m, w);
                    var eligible = acc.Eligible[index];
                    if (eligible == 0) continue;
                    var covered = (double)acc.Covered[index] / eligible;
                    if (!(covered + ((1 - covered) * alternative) < threshold)) continue;
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
