using Lovkode.Runtime;
using Lovkode.Simulation.Metrics;

namespace Lovkode.Simulation.Engine;

internal static partial class WeekEngine
{
    /// <summary>
    /// An interview of the model's practice contact, which no rule demands: due (the loop checks)
    /// when the person's practice has begun in the spell and its interval has passed since their
    /// last interview of any kind, so it fills gaps, and a regime that demands more leaves less for
    /// it. It is costed and booked as the regime's own interview requirement, and counted apart as
    /// <c>interviews.practice</c>.
    /// </summary>
    private static void HoldPracticeContact<TRegime, TObserver>(TRegime regime, ChunkContext context, ref TObserver observer,
        int practice, int p, int w, int group, int day, int b, ulong key)
        where TRegime : class, IRegime
        where TObserver : struct, IWeekObserver
    {
        context.State.LastKindWeek[(p * PersonState.KindCount) + (int)EventKind.Meeting] = w;
        var r = context.Plan.Model.PracticeRequirement[practice];
        var cost = regime.Cost(r, group, day);
        var channel = InterviewChannel(context, p, w, r, context.Model.PracticeChannelCounter[practice], key);
        if (channel != context.Plan.Channel[r]) cost = ThroughChosenChannel(context.Plan.Model, r, w, in cost);
        observer.Practice(p, w, practice, cost, channel);
        if (w < 0) return;
        Trace(context.State, p, w, CourseStep.Event, ((int)EventKind.Meeting << 8) | channel);
        var sums = context.Accumulator.Sums;
        sums[b + RawSlot.PracticeInterviews]++;
        CountEvent(sums, b, context.Arm.Layout, context.Plan, r, (byte)EventKind.Meeting, channel, in cost);
    }
}
