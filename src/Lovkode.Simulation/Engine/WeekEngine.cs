using System.Numerics;
using System.Runtime.CompilerServices;
using Lovkode.Runtime;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Model;
using Lovkode.Simulation.Random;

namespace Lovkode.Simulation.Engine;

/// <summary>
/// The week loop. For each person of the chunk and each week of the segment, in this order:
/// <list type="number">
/// <item>the transitions that act when a case starts (<see cref="AdmitAtEntry"/>);</item>
/// <item>count the case in its (group, area) cell (<see cref="CountWeek"/>; the group is classified when the facts are set);</item>
/// <item>schedule the requirements due, apply quotas, choose the channel, cost and book them (<see cref="BookDueEvents"/>; not for a group no requirement names);</item>
/// <item>the model's practice contact (<see cref="HoldPracticeContact"/>);</item>
/// <item>count the case for supervision (<see cref="CountSupervisedCase"/>);</item>
/// <item>the exit draw (<see cref="ExitDrawn"/>), then the weekly transitions (<see cref="TakeWeeklyTransitions"/>).</item>
/// </list>
/// Generic over the regime's concrete type, so the JIT inlines Classify, Schedule and Cost;
/// reads only arrays the plans filled before the run; allocates nothing.
/// </summary>
internal static partial class WeekEngine
{
    public static void RunSegment<TRegime, TObserver>(TRegime regime, ChunkContext context, ref TObserver observer)
        where TRegime : class, IRegime
        where TObserver : struct, IWeekObserver
    {
        var chunk = context.Chunk;
        var state = context.State;
        var segment = context.Segment;
        for (var p = 0; p < chunk.Count; p++)
        {
            if (state.Exited[p]) continue;
            var entry = chunk.EntryWeek[p];
            var firstWeek = Math.Max(segment.From, entry);
            if (firstWeek < segment.To) RunPerson(regime, context, ref observer, p, entry, firstWeek);
        }
    }

    private static void RunPerson<TRegime, TObserver>(TRegime regime, ChunkContext context, ref TObserver observer, int p, int entry, int firstWeek)
        where TRegime : class, IRegime
        where TObserver : struct, IWeekObserver
    {
        var state = context.State;
        var plan = context.Plan;
        var weekly = plan.Model;
        var model = context.Model;
        var layout = context.Arm.Layout;
        var sums = context.Accumulator.Sums;
        var slots = layout.Slots;
        var areaSlot = model.AreaSlot;
        var hasEntryTransitions = model.EntryTransitions.Length > 0;
        var startDay = context.StartDay;
        var longTermWeeks = context.Options.LongTermWeeks;
        var to = context.Segment.To;
        var key = CounterRandom.PersonKey(context.Options.Seed, context.Replication, context.Chunk.Id[p]);
        var ownDecisionSeed = context.Arm.Arm.OwnDecisionSeed;
        var decisionKey = ownDecisionSeed == 0 ? key : CounterRandom.Mix(key ^ ownDecisionSeed);
        var last = (p * PersonState.KindCount) + (int)EventKind.Meeting;
        var firstIndex = weekly.FirstWeek;
        var due = context.Due;
        var hazards = model.Cohorts.HazardTable;
        var tails = model.Cohorts.TailHazards;
        var hazardWeeks = model.Cohorts.HazardWeeks;
        ref var citizen = ref state.FactsOf(context.Chunk, p);
        // What the model's weekly steps ask of the person, worked out when their facts or spell
        // change, not every week: the area, their practice contact, whether effects concern them,
        // and the weeks in which one of their transitions can be due.
        var person = PersonWeeks.Of(model, weekly, state, p, in citizen);
        var (area, practice, practiceFrom, practiceInterval, practiceUntil, effects, transitionsFrom, transitionsUntil) = person;
        // The group is a function of the facts alone, so it is classified again only when they change.
        var group = regime.Classify(in citizen);
        var cell = CellOf(layout, plan, group, in citizen, area);

        for (var w = firstWeek; w < to; w++)
        {
            var measured = w >= 0;
            var wi = w - firstIndex;
            var day = startDay + (7 * w);
            if (w == entry && hasEntryTransitions)
            {
                if (!AdmitAtEntry(context, ref observer, p, w, key, decisionKey)) return;
                citizen = ref state.FactsOf(context.Chunk, p);
                (area, practice, practiceFrom, practiceInterval, practiceUntil, effects, transitionsFrom, transitionsUntil) = PersonWeeks.Of(model, weekly, state, p, in citizen);
                group = regime.Classify(in citizen);
                cell = CellOf(layout, plan, group, in citizen, area);
            }
            var spellWeek = w - state.SpellStart[p];
            var cumulative = state.CumulativeAtSpellStart[p] + spellWeek;
            var b = cell * slots;
            observer.Week(p, w, spellWeek, cumulative, group);
            if (measured) CountWeek(state, sums, p, cell, b, slots, w == entry, cumulative >= longTermWeeks);

            if (!plan.Outside[group])
            {
                if (plan.Scheduled[group]) BookDueEvents(regime, context, plan, state, sums, layout, due, ref observer, in citizen, p, w, group, spellWeek, cumulative, day, b, key, decisionKey);
                if (practice >= 0 && spellWeek >= practiceFrom[wi] && spellWeek < practiceUntil[wi] && w - state.LastKindWeek[last] >= practiceInterval[wi])
                {
                    HoldPracticeContact(regime, context, ref observer, practice, p, w, group, day, b, key);
                }
                if (measured && plan.Supervisions.Length > 0) CountSupervisedCase(regime, in citizen, plan, context.Accumulator, state, p, area, w, cumulative, group);
            }

            if (!measured) continue;
            var cohort = state.Cohort[p];
            var hazard = spellWeek < hazardWeeks ? hazards[(cohort * hazardWeeks) + spellWeek] : tails[cohort];
            if (ExitDrawn(context, state, p, w, hazard, key, effects))
            {
                sums[b + RawSlot.Exits]++;
                Trace(state, p, w, CourseStep.Exit, -1);
                observer.Exit(p, w, -1);
                Leave(state, p, sums, slots);
                return;
            }
            if (w >= transitionsFrom && w <= transitionsUntil)
            {
                var outcome = TakeWeeklyTransitions(context, ref observer, p, w, spellWeek, cumulative, b, key, decisionKey);
                if (outcome == BranchOutcome.Leave) return;
                if (outcome == BranchOutcome.Move)
                {
                    citizen = ref state.FactsOf(context.Chunk, p);
                    (area, practice, practiceFrom, practiceInterval, practiceUntil, effects, transitionsFrom, transitionsUntil) = PersonWeeks.Of(model, weekly, state, p, in citizen);
                    group = regime.Classify(in citizen);
                    cell = CellOf(layout, plan, group, in citizen, area);
                }
            }
        }
    }

    /// <summary>
    /// The (group, area) cell a case is counted in: its own group, or, with a crosswalk, the group
    /// the baseline's regime classifies its facts in, or, keyed by a fact, the fact's value (asked
    /// only when the facts change).
    /// </summary>
    private static int CellOf(ArmLayout layout, RegimePlan plan, int group, in Citizen citizen, int area) =>
        layout.FactSlot >= 0 ? layout.Cell(citizen[layout.FactSlot], area)
        : layout.Crosswalk is { } crosswalk ? layout.Cell(crosswalk.Classify(in citizen), area)
        : layout.Cell(plan.GroupMap[group], area);

    /// <summary>
    /// Counts the person-week, the entry, a new case when the person's (group, area) cell changed
    /// (and the person, the first time, in that cell), and the case as long-term the first week its
    /// cumulative weeks reach the run's bound (and the person, the first time, in their first cell).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CountWeek(PersonState state, long[] sums, int p, int cell, int b, int slots, bool entered, bool longTerm)
    {
        sums[b + RawSlot.PersonWeeks]++;
        if (entered) sums[b + RawSlot.Entries]++;
        if (state.CaseCell[p] != cell)
        {
            CloseCase(state, p, sums, slots);
            state.CaseCell[p] = cell;
            sums[b + RawSlot.Cases]++;
            state.LongTerm[p] = false;
            if (state.FirstCell[p] < 0)
            {
                state.FirstCell[p] = cell;
                sums[b + RawSlot.Persons]++;
            }
        }
        if (longTerm && !state.LongTerm[p])
        {
            state.LongTerm[p] = true;
            sums[b + RawSlot.LongTermCases]++;
            if (!state.LongTermPerson[p])
            {
                state.LongTermPerson[p] = true;
                sums[(state.FirstCell[p] * slots) + RawSlot.PersonsLongTerm]++;
            }
        }
    }

    /// <summary>Adds one thing that happened to the person in a measured week to their course (<see cref="PersonState.Course"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Trace(PersonState state, int p, int w, CourseStep step, int detail) =>
        state.Course[p] = CounterRandom.Mix(state.Course[p] ^ (((ulong)(uint)w << 32) | ((ulong)step << 24) | (uint)detail));

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
}
