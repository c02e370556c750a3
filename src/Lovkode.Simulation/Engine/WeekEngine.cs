using System.Numerics;
using System.Runtime.CompilerServices;
using Lovkode.Runtime;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Random;
using Lovkode.Simulation.Spells;

namespace Lovkode.Simulation.Engine;

/// <summary>
/// The week loop: for each person of the chunk and each week of the segment, classify, schedule,
/// apply quotas, cost each event, count supervision cases, then draw the exit and any change of
/// benefit. Generic over the regime's concrete type; allocates nothing.
/// </summary>
internal static class WeekEngine
{
    public static void RunSegment<TRegime, TObserver>(TRegime regime, ChunkContext context, ref TObserver observer)
        where TRegime : class, IRegime
        where TObserver : struct, IWeekObserver
    {
        var chunk = context.Chunk;
        var state = context.State;
        var plan = context.Plan;
        var segment = context.Segment;
        var acc = context.Accumulator;
        var layout = acc.Layout;
        var sums = acc.Sums;
        var slots = layout.Slots;
        var options = context.Options;
        var seed = options.Seed;
        var replication = context.Replication;
        var due = context.Due.AsSpan();
        var effects = options.BehaviouralEffects;
        var effectWeeks = options.Effects.Weeks;
        var effectMultiplier = options.Effects.HazardMultiplier;
        var spells = options.Spells;
        var words = state.RuleWords;
        var parameters = regime.Parameters;
        var practice = options.Practice;
        var practiceRequirement = plan.PracticeRequirement;
        var ownDecisionSeed = context.Arm.Arm.OwnDecisionSeed;

        for (var p = 0; p < chunk.Count; p++)
        {
            if (state.Exited[p]) continue;
            var entry = chunk.EntryWeek[p];
            var firstWeek = Math.Max(segment.From, entry);
            if (firstWeek >= segment.To) continue;

            var key = CounterRandom.PersonKey(seed, replication, chunk.Id[p]);
            var decisionKey = ownDecisionSeed == 0 ? key : CounterRandom.Mix(key ^ ownDecisionSeed);
            var municipality = chunk.Municipality[p];
            var citizen = plan.Facts.Citizen((BenefitKind)state.Benefit[p], (ReadinessKind)state.Readiness[p], chunk.Age[p],
                chunk.Education[p], chunk.Employed[p], chunk.ExpectedAbsenceWeeks[p], municipality);

            for (var w = firstWeek; w < segment.To; w++)
            {
                var measured = w >= 0;
                var spellWeek = w - state.SpellStart[p];
                var cumulative = state.CumulativeAtSpellStart[p] + spellWeek;
                var day = context.StartDay + (7 * w);
                if (w == entry && plan.ClosedProgrammeInflowShare >= 0)
                {
                    AdmitOrRedirect(context, state, p, ref citizen, plan, parameters, decisionKey, day);
                }
                var group = regime.Classify(in citizen);
                var cell = layout.Cell(plan.GroupMap[group], municipality);
                var b = cell * slots;
                observer.Week(p, w, spellWeek, cumulative, group);

                if (measured)
                {
                    sums[b + RawSlot.PersonWeeks]++;
                    if (w == entry) sums[b + RawSlot.Entries]++;
                    if (state.CaseCell[p] != cell)
                    {
                        CloseCase(state, p, sums, slots);
                        state.CaseCell[p] = cell;
                        sums[b + RawSlot.Cases]++;
                    }
                }

                if (!plan.Outside[group])
                {
                    var count = regime.Schedule(in citizen, group, new CaseWeek(spellWeek, cumulative, day), due);
                    for (var i = 0; i < count; i++)
                    {
                        var r = due[i].Requirement;
                        var q = plan.QuotaOf[r];
                        if (q >= 0 && Skipped(plan, q, r, group, spellWeek, day, decisionKey, parameters))
                        {
                            if (measured) sums[b + RawSlot.QuotaSkipped]++;
                            observer.Event(p, w, r, default, skippedByQuota: true);
                            continue;
                        }
                        var kind = plan.Kind[r];
                        state.LastKindWeek[(p * PersonState.KindCount) + kind] = w;
                        if (!measured) continue;

                        var cost = regime.Cost(r, group, day);
                        observer.Event(p, w, r, cost, skippedByQuota: false);
                        CountEvent(sums, b, layout, plan, r, kind, in cost);
                        if (kind == (byte)EventKind.Offer)
                        {
                            sums[b + RawSlot.OfferDkk] += RawSlot.ToFixed(cost.Dkk);
                        }
                        var rule = plan.RuleMap[r];
                        state.RuleBits[(p * words) + (rule >> 6)] |= 1UL << (rule & 63);
                    }

                    if (practiceRequirement >= 0 && spellWeek >= practice.FromSpellWeek && !chunk.Employed[p]
                        && PracticeContact.Covers((BenefitKind)state.Benefit[p])
                        && w - state.LastKindWeek[(p * PersonState.KindCount) + (int)EventKind.Meeting] >= practice.IntervalWeeks)
                    {
                        state.LastKindWeek[(p * PersonState.KindCount) + (int)EventKind.Meeting] = w;
                        // Costed and booked as the regime's own interview requirement (docs/model.md, "Practice contact").
                        var cost = regime.Cost(practiceRequirement, group, day);
                        observer.Practice(p, w, cost);
                        if (measured)
                        {
                            sums[b + RawSlot.PracticeInterviews]++;
                            CountEvent(sums, b, layout, plan, practiceRequirement, (byte)EventKind.Meeting, in cost);
                        }
                    }

                    if (measured)
                    {
                        CountSupervisedCase(regime, in citizen, plan, acc, state, p, municipality, w, cumulative, group);
                    }
                }

                if (!measured) continue;

                // The exit: one draw per person-week, shared by every regime (common random numbers).
                var hazard = Hazard(context, state, p, spellWeek, w, effects, effectWeeks, effectMultiplier);
                if (CounterRandom.Uniform(key, w, RandomStream.Exit) < hazard)
                {
                    sums[b + RawSlot.Exits]++;
                    observer.Exit(p, w);
                    Leave(state, p, sums, slots);
                    break;
                }

                // A change of benefit at the end of the week starts a new spell next week.
                var benefit = (BenefitKind)state.Benefit[p];
                if (benefit == BenefitKind.Dagpenge && cumulative + 1 >= spells.DagpengePeriodWeeks)
                {
                    if (CounterRandom.Uniform(key, w, RandomStream.Transition) >= spells.DagpengeToKontanthjaelpShare)
                    {
                        sums[b + RawSlot.Exits]++;
                        observer.Exit(p, w);
                        Leave(state, p, sums, slots);
                        break;
                    }
                    // LAS § 2 and § 11: under 30 without a qualifying education means uddannelseshjælp.
                    var young = chunk.Age[p] < 30 && !chunk.Education[p];
                    NewSpell(context, state, p, ref citizen, plan, w,
                        young ? BenefitKind.Uddannelseshjaelp : BenefitKind.Kontanthjaelp,
                        young ? ReadinessKind.Uddannelsesparat : ReadinessKind.Jobparat);
                    sums[b + RawSlot.SpellChanges]++;
                    observer.NewSpell(p, w, (BenefitKind)state.Benefit[p]);
                }
                else if (benefit == BenefitKind.Sygedagpenge && spellWeek + 1 == spells.SygedagpengeReassessmentWeek
                    && CounterRandom.Uniform(key, w, RandomStream.Transition) < spells.SygedagpengeToJobafklaringShare)
                {
                    NewSpell(context, state, p, ref citizen, plan, w, BenefitKind.Jobafklaring, ReadinessKind.Aktivitetsparat);
                    sums[b + RawSlot.SpellChanges]++;
                    observer.NewSpell(p, w, BenefitKind.Jobafklaring);
                }
            }
        }
    }

    /// <summary>Counts the rules applied in the person's current case into its cell and starts afresh.</summary>
    internal static void CloseCase(PersonState state, int p, long[] sums, int slots)
    {
        var cell = state.CaseCell[p];
        if (cell < 0) return;
        var words = state.RuleWords;
        long distinct = 0;
        for (var i = 0; i < words; i++)
        {
            distinct += BitOperations.PopCount(state.RuleBits[(p * words) + i]);
            state.RuleBits[(p * words) + i] = 0;
        }
        sums[(cell * slots) + RawSlot.DistinctRules] += distinct;
        state.CaseCell[p] = -1;
    }

    private static void Leave(PersonState state, int p, long[] sums, int slots)
    {
        state.Exited[p] = true;
        CloseCase(state, p, sums, slots);
    }

    private static void NewSpell(ChunkContext context, PersonState state, int p, ref Citizen citizen, RegimePlan plan, int week, BenefitKind benefit, ReadinessKind readiness)
    {
        state.CumulativeAtSpellStart[p] += week + 1 - state.SpellStart[p];
        state.SpellStart[p] = week + 1;
        state.Benefit[p] = (byte)benefit;
        state.Readiness[p] = (byte)readiness;
        var cohort = context.Arm.CohortOf[((int)benefit * 3) + (int)readiness];
        if (cohort >= 0) state.Cohort[p] = (short)cohort;
        plan.Facts.SetBenefit(ref citizen, benefit, readiness);
    }

    /// <summary>
    /// A regime may close ressourceforløb and revalidering to new cases (L 66 (2025/26):
    /// <c>TilgangRessourceforloebRevalidering</c> = 0). A person whose spell would start on one
    /// is admitted when their own draw is below the share, and otherwise starts on
    /// activity-ready kontanthjælp (uddannelseshjælp under 30 without education) instead: an
    /// assumption, since the law moves them to the new job-help group on cash benefit. Persons
    /// keep their benefit in a regime without the parameter, so arms stay paired.
    /// </summary>
    private static void AdmitOrRedirect(ChunkContext context, PersonState state, int p, ref Citizen citizen, RegimePlan plan, ParameterSet parameters, ulong key, int day)
    {
        var benefit = (BenefitKind)state.Benefit[p];
        if (benefit is not (BenefitKind.Ressourceforloeb or BenefitKind.Revalidering)) return;
        var share = parameters.Value(plan.ClosedProgrammeInflowShare, 0, day);
        if (double.IsNaN(share) || CounterRandom.Uniform(key, 0, RandomStream.Inflow) < share) return;
        var chunk = context.Chunk;
        var young = chunk.Age[p] < 30 && !chunk.Education[p];
        var redirected = young ? BenefitKind.Uddannelseshjaelp : BenefitKind.Kontanthjaelp;
        state.Benefit[p] = (byte)redirected;
        state.Readiness[p] = (byte)ReadinessKind.Aktivitetsparat;
        var cohort = context.Arm.CohortOf[((int)redirected * 3) + (int)ReadinessKind.Aktivitetsparat];
        if (cohort >= 0) state.Cohort[p] = (short)cohort;
        plan.Facts.SetBenefit(ref citizen, redirected, ReadinessKind.Aktivitetsparat);
    }

    /// <summary>
    /// Books one event that took place: its count, its kind, every cost component and, for a
    /// meeting, its actor, channel and caseworker minutes. Rule-driven and practice interviews
    /// both come through here, so the two are always counted alike.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CountEvent(long[] sums, int b, ArmLayout layout, RegimePlan plan, int requirement, byte kind, in EventCost cost)
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
            sums[b + layout.ChannelSlot(plan.Channel[requirement])]++;
            sums[b + RawSlot.InterviewCaseworkerMinutes] += RawSlot.ToFixed(cost.CaseworkerMinutes);
        }
    }

    /// <summary>
    /// A quota lets the municipality skip a requirement for a share of the group: the person is
    /// skipped when their own uniform draw (one per person and share parameter, see
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

    /// <summary>
    /// Counts the case in its municipality's measure of each supervision rule that reaches it, and
    /// whether it had the measured kind of event in the window. A case an <c>except when</c> of
    /// the rule exempts is not counted (the regime is asked only when the rule has exemptions).
    /// </summary>
    private static void CountSupervisedCase<TRegime>(TRegime regime, in Citizen citizen, RegimePlan plan, RawAccumulator acc, PersonState state, int p, int municipality, int w, int cumulative, int group)
        where TRegime : class, IRegime
    {
        var supervisions = plan.Supervisions;
        for (var s = 0; s < supervisions.Length; s++)
        {
            var rule = supervisions[s];
            if (cumulative < rule.MinCumulativeWeeks || !plan.SupervisedGroup[s][group]) continue;
            if (plan.SupervisionHasExemptions[s] && regime.SupervisionExempt(s, in citizen)) continue;
            var index = acc.SupervisionIndex(plan.SupervisionSlot[s], municipality, w);
            acc.Eligible[index]++;
            if (w - state.LastKindWeek[(p * PersonState.KindCount) + (int)rule.MeasuredKind] < rule.WindowWeeks) acc.Covered[index]++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Hazard(ChunkContext context, PersonState state, int p, int spellWeek, int w, bool effects, int effectWeeks, double multiplier)
    {
        var cohort = context.Cohorts[state.Cohort[p]];
        var hazard = cohort.ExitHazard(spellWeek);
        if (effects && cohort.CloseToLabourMarket && w - state.LastKindWeek[(p * PersonState.KindCount) + (int)EventKind.Meeting] < effectWeeks)
        {
            hazard = Math.Min(1, hazard * multiplier);
        }
        return hazard;
    }
}
