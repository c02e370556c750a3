using System.Runtime.CompilerServices;
using Lovkode.Runtime;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Random;

namespace Lovkode.Simulation.Engine;

internal static partial class WeekEngine
{
    /// <summary>
    /// The requirements the regime schedules this week: a quota may let the area skip one
    /// (nothing is booked); the others are costed with <see cref="IRegime.Cost"/> and booked, an
    /// interview through the channel the model's channel choice gives it. Warm-up weeks only keep
    /// the last week of each kind, for the supervision windows.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void BookDueEvents<TRegime, TObserver>(TRegime regime, ChunkContext context, RegimePlan plan, PersonState state, long[] sums, ArmLayout layout, DueEvent[] dueBuffer,
        ref TObserver observer, in Citizen citizen, int p, int w, int group, int spellWeek, int cumulative, int day, int b, ulong key, ulong decisionKey)
        where TRegime : class, IRegime
        where TObserver : struct, IWeekObserver
    {
        var due = dueBuffer.AsSpan();
        var measured = w >= 0;
        var count = regime.Schedule(in citizen, group, new CaseWeek(spellWeek, cumulative, day), due);
        if (count == 0) return;
        for (var i = 0; i < count; i++)
        {
            var r = due[i].Requirement;
            var q = plan.QuotaOf[r];
            if (q >= 0 && Skipped(plan, q, r, group, spellWeek, day, decisionKey, regime.Parameters))
            {
                if (measured) sums[b + RawSlot.QuotaSkipped]++;
                observer.Event(p, w, r, default, skippedByQuota: true, plan.Channel[r]);
                continue;
            }
            var kind = plan.Kind[r];
            state.LastKindWeek[(p * PersonState.KindCount) + kind] = w;
            var channel = kind == (byte)EventKind.Meeting ? InterviewChannel(context, p, w, r, plan.Model.ChannelCounter[r], key) : plan.Channel[r];
            if (!measured) continue;
            Trace(state, p, w, CourseStep.Event, (kind << 8) | channel);

            var cost = regime.Cost(r, group, day);
            if (channel != plan.Channel[r]) cost = ThroughChosenChannel(plan.Model, r, w, in cost);
            observer.Event(p, w, r, cost, skippedByQuota: false, channel);
            CountEvent(sums, b, layout, plan, r, kind, channel, in cost);
            if (kind == (byte)EventKind.Offer)
            {
                sums[b + RawSlot.OfferDkk] += RawSlot.ToFixed(cost.Dkk);
            }
            var rule = plan.RuleMap[r];
            state.RuleBits[(p * state.RuleWords) + (rule >> 6)] |= 1UL << (rule & 63);
            if (!state.Reached[p])
            {
                state.Reached[p] = true;
                sums[b + RawSlot.PersonsReached]++;
            }
        }
    }

    /// <summary>
    /// The channel an interview of requirement <paramref name="r"/> goes through: the
    /// requirement's own, or, when a channel choice covers it, the choice's channel with the
    /// week's share (one draw per person, week and requirement, common to every regime). A choice
    /// "after the first" spares the spell's first interview. Marks that the spell had an interview.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int InterviewChannel(ChunkContext context, int p, int w, int r, ulong counter, ulong key)
    {
        var plan = context.Plan;
        var state = context.State;
        var weekly = plan.Model;
        var choice = weekly.ChoiceOf[r];
        var channel = plan.Channel[r];
        if (choice >= 0)
        {
            var info = context.Model.Choices[choice];
            if ((!info.AfterFirst || state.HadMeeting[p])
                && CounterRandom.Uniform(key, w, RandomStream.Channel, counter) < weekly.ChannelShare[choice][w - weekly.FirstWeek])
            {
                channel = info.Channel;
            }
        }
        state.HadMeeting[p] = true;
        return channel;
    }

    /// <summary>
    /// The cost of an interview a channel choice moved to its channel: the citizen's minutes less
    /// the choice's saving in the week (never below 0). Called only when the channel changed.
    /// </summary>
    private static EventCost ThroughChosenChannel(ModelWeeks weekly, int r, int w, in EventCost cost)
    {
        var choice = weekly.ChoiceOf[r];
        if (choice < 0 || weekly.CitizenMinutesSaved[choice] is not { } saved) return cost;
        return cost with { CitizenMinutes = Math.Max(0, cost.CitizenMinutes - saved[w - weekly.FirstWeek]) };
    }

    /// <summary>
    /// Books one event that took place: its count, its kind, every cost component and, for a
    /// meeting, its actor, channel and caseworker minutes. Rule-driven and practice interviews
    /// both come through here, so the two are always counted alike.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CountEvent(long[] sums, int b, ArmLayout layout, RegimePlan plan, int requirement, byte kind, int channel, in EventCost cost)
    {
        sums[b + RawSlot.Events]++;
        sums[b + RawSlot.Meetings + kind]++;
        sums[b + RawSlot.MeetingMinutes] += RawSlot.ToFixed(cost.MeetingMinutes);
        sums[b + RawSlot.PreparationMinutes] += RawSlot.ToFixed(cost.PreparationMinutes);
        sums[b + RawSlot.FollowUpMinutes] += RawSlot.ToFixed(cost.FollowUpMinutes);
        sums[b + RawSlot.DocumentationMinutes] += RawSlot.ToFixed(cost.DocumentationMinutes);
        sums[b + RawSlot.CitizenMinutes] += RawSlot.ToFixed(cost.CitizenMinutes);
        sums[b + RawSlot.Dkk] += RawSlot.ToFixed(cost.Dkk);
        if (kind == (byte)EventKind.Meeting)
        {
            sums[b + layout.ActorSlot(plan.Actor[requirement])]++;
            sums[b + layout.ChannelSlot(channel)]++;
            sums[b + RawSlot.InterviewCaseworkerMinutes] += RawSlot.ToFixed(cost.CaseworkerMinutes);
        }
    }

    /// <summary>
    /// A quota lets the area skip a requirement for a share of the group: the person is skipped
    /// when their own uniform draw (one per person and share parameter, see
    /// <see cref="RegimePlan.QuotaDrawName"/>; the same in every week and every regime) is at or
    /// above the share. So exactly the persons above the share go without, for the whole window
    /// and every quota with that share, and a higher share never skips more persons. Outside the
    /// quota's group, week window or dates (<c>from</c>/<c>until</c>) nobody is skipped.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Skipped(RegimePlan plan, int q, int r, int group, int spellWeek, int day, ulong key, ParameterSet parameters)
    {
        var quota = plan.Quotas[q];
        if (!plan.QuotaGroups[q][group] || spellWeek < quota.FromWeek || spellWeek >= quota.UntilWeek || !quota.InForce(day)) return false;
        var share = parameters.Resolve(quota.Share, group, day);
        // A share without a value at the date (NaN) is no quota in force: the requirement stands
        // for everyone. (Written as "not below", NaN skipped everyone.)
        return CounterRandom.Uniform(key, 0, RandomStream.Quota, plan.QuotaCounter[r]) >= share;
    }
}
