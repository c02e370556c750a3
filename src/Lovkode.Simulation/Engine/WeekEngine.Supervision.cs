using Lovkode.Runtime;
using Lovkode.Simulation.Metrics;

namespace Lovkode.Simulation.Engine;

internal static partial class WeekEngine
{
    /// <summary>
    /// Counts the case in its area's measure of each supervision rule that reaches it, and
    /// whether it had the measured kind of event in the window. A case an <c>except when</c> of
    /// the rule exempts is not counted (the regime is asked only when the rule has exemptions).
    /// </summary>
    private static void CountSupervisedCase<TRegime>(TRegime regime, in Citizen citizen, RegimePlan plan, RawAccumulator acc, PersonState state, int p, int area, int w, int cumulative, int group)
        where TRegime : class, IRegime
    {
        var supervisions = plan.Supervisions;
        for (var s = 0; s < supervisions.Length; s++)
        {
            var rule = supervisions[s];
            if (cumulative < rule.MinCumulativeWeeks || !plan.SupervisedGroup[s][group]) continue;
            if (plan.SupervisionHasExemptions[s] && regime.SupervisionExempt(s, in citizen)) continue;
            var index = acc.SupervisionIndex(plan.SupervisionSlot[s], area, w);
            acc.Eligible[index]++;
            if (w - state.LastKindWeek[(p * PersonState.KindCount) + (int)rule.MeasuredKind] < rule.WindowWeeks) acc.Covered[index]++;
        }
    }
}
