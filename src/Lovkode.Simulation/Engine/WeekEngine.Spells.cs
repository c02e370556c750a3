using System.Runtime.CompilerServices;
using Lovkode.Runtime;
using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Random;
using Lovkode.Simulation.Spells;

namespace Lovkode.Simulation.Engine;

internal static partial class WeekEngine
{
    /// <summary>
    /// The transitions that act when a case starts, before the law classifies it (a programme the
    /// law has closed sends a new case elsewhere): a move changes the facts of that same spell; a
    /// leave means the case never starts (nothing is counted). False when the person left.
    /// </summary>
    private static bool AdmitAtEntry<TObserver>(ChunkContext context, ref TObserver observer, int p, int w, ulong key, ulong decisionKey)
        where TObserver : struct, IWeekObserver
    {
        var model = context.Model;
        var state = context.State;
        foreach (var t in model.EntryTransitions)
        {
            var transition = model.Transitions[t];
            if ((state.Flags[p] & transition.Mask) != transition.Mask) continue;
            var weekly = context.Plan.Model;
            if (!HasShares(weekly, transition, t, w)) continue;
            var branch = Branch(weekly, transition, t, w, transition.OwnDecision ? decisionKey : key);
            if (branch < 0) continue;
            switch (transition.Info.Branches[branch].Outcome)
            {
                case BranchOutcome.Leave:
                    state.Exited[p] = true;
                    if (w >= 0) Trace(state, p, w, CourseStep.Exit, t);
                    return false;
                case BranchOutcome.Move when Move(context, transition, branch, p) is var cohort and >= 0:
                    if (w >= 0) Trace(state, p, w, CourseStep.Move, cohort << 1);
                    observer.Moved(p, w, t, cohort, newSpell: false);
                    break;
            }
        }
        return true;
    }

    /// <summary>The week's exit draw against the cohort's hazard at the spell week, raised by the effects of recent events; one draw per person-week, shared by every regime (common random numbers).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ExitDrawn(ChunkContext context, PersonState state, int p, int w, double hazard, ulong key, bool effects)
    {
        if (effects) hazard = WithEffects(context, state, p, w, hazard, context.Model.EffectMasks);
        return CounterRandom.Uniform(key, w, RandomStream.Exit) < hazard;
    }

    /// <summary>Each effect that concerns the person and whose event came within its weeks multiplies the hazard; at most 1.</summary>
    private static double WithEffects(ChunkContext context, PersonState state, int p, int w, double hazard, ulong[] masks)
    {
        var weekly = context.Plan.Model;
        var effects = context.Model.Effects;
        var wi = w - weekly.FirstWeek;
        var flags = state.Flags[p];
        for (var e = 0; e < masks.Length; e++)
        {
            if ((flags & masks[e]) != masks[e]) continue;
            if (w - state.LastKindWeek[(p * PersonState.KindCount) + (int)effects[e].After] < weekly.EffectWeeks[e][wi]) hazard *= weekly.EffectMultiplier[e][wi];
        }
        return Math.Min(1, hazard);
    }

    /// <summary>
    /// The transitions that act at the end of the week, in the model's order: after the person's
    /// cumulative weeks reach the count, or at the spell week. Each acts at most once a spell; one
    /// draw picks its branch. Staying lets the next transition act; leaving or moving (a new spell
    /// from next week, cumulative weeks carried on; or, for a move within the spell, the same
    /// spell with the new facts and cohort from next week) ends the week.
    /// </summary>
    private static BranchOutcome TakeWeeklyTransitions<TObserver>(ChunkContext context, ref TObserver observer,
        int p, int w, int spellWeek, int cumulative, int b, ulong key, ulong decisionKey)
        where TObserver : struct, IWeekObserver
    {
        var model = context.Model;
        var state = context.State;
        var weekly = context.Plan.Model;
        var wi = w - weekly.FirstWeek;
        foreach (var t in model.WeeklyTransitions)
        {
            var transition = model.Transitions[t];
            if ((state.Flags[p] & transition.Mask) != transition.Mask || (state.Taken[p] & (1UL << t)) != 0) continue;
            var weeks = weekly.TransitionWeeks[t][wi];
            var due = transition.Info.Trigger == TransitionTrigger.AfterCumulativeWeeks ? cumulative + 1 >= weeks : spellWeek + 1 == weeks;
            if (!due) continue;
            if (!HasShares(weekly, transition, t, w)) continue;
            state.Taken[p] |= 1UL << t;
            var branch = Branch(weekly, transition, t, w, transition.OwnDecision ? decisionKey : key);
            if (branch < 0) continue;
            var sums = context.Accumulator.Sums;
            switch (transition.Info.Branches[branch].Outcome)
            {
                case BranchOutcome.Leave:
                    sums[b + RawSlot.Exits]++;
                    Trace(state, p, w, CourseStep.Exit, t);
                    observer.Exit(p, w, t);
                    Leave(state, p, sums, context.Arm.Layout.Slots);
                    return BranchOutcome.Leave;
                case BranchOutcome.Move:
                    var cohort = Move(context, transition, branch, p);
                    if (cohort < 0) continue;
                    if (transition.Info.Branches[branch].KeepsSpell)
                    {
                        // The facts and the cohort change, the spell goes on: its week, the law's
                        // schedules, the transitions taken and the first meeting stay.
                        sums[b + RawSlot.SpellMoves]++;
                        Trace(state, p, w, CourseStep.Move, cohort << 1);
                        observer.Moved(p, w, t, cohort, newSpell: false);
                        return BranchOutcome.Move;
                    }
                    state.CumulativeAtSpellStart[p] += w + 1 - state.SpellStart[p];
                    state.SpellStart[p] = w + 1;
                    state.Taken[p] = 0;
                    state.HadMeeting[p] = false;
                    sums[b + RawSlot.SpellChanges]++;
                    Trace(state, p, w, CourseStep.Move, (cohort << 1) | 1);
                    observer.Moved(p, w, t, cohort, newSpell: true);
                    return BranchOutcome.Move;
            }
        }
        return BranchOutcome.Stay;
    }

    /// <summary>Whether every share of the transition has a value this week (a law share may have none at a date: the transition does not act then).</summary>
    private static bool HasShares(ModelWeeks weekly, TransitionPlan transition, int t, int w) =>
        !double.IsNaN(weekly.BranchLimits[t][(w - weekly.FirstWeek) * transition.BranchCount]);

    /// <summary>The branch one uniform draw picks from the week's cumulative shares, or -1 when the draw falls beyond them (shares below 100% and no branch for the rest: nothing happens).</summary>
    private static int Branch(ModelWeeks weekly, TransitionPlan transition, int t, int w, ulong key)
    {
        var branches = transition.BranchCount;
        var limits = weekly.BranchLimits[t];
        var first = (w - weekly.FirstWeek) * branches;
        var u = CounterRandom.Uniform(key, w, RandomStream.Transition, transition.Counter);
        for (var i = 0; i < branches; i++)
        {
            if (u < limits[first + i]) return i;
        }
        return -1;
    }

    /// <summary>
    /// Sets the facts of the first destination whose condition holds, and with them the cohort and
    /// the condition bits. The cohort stays when no cohort has the new key; -1 when no destination
    /// applies (nothing changes).
    /// </summary>
    private static int Move(ChunkContext context, TransitionPlan transition, int branch, int p)
    {
        var model = context.Model;
        var state = context.State;
        ref var citizen = ref state.OwnFactsOf(context.Chunk, p);
        var destinations = transition.Destinations[branch];
        for (var d = 0; d < destinations.Length; d++)
        {
            var destination = destinations[d];
            if (destination.Condition >= 0 && !model.Model.Holds(destination.Condition, in citizen)) continue;
            var cohort = transition.DestinationCohort[branch][d][state.Cohort[p]];
            foreach (var setting in destination.Set) citizen[setting.Slot] = setting.Value;
            if (cohort >= 0) state.Cohort[p] = (short)cohort;
            state.Flags[p] = model.Flags.Evaluate(model.Model, in citizen);
            return state.Cohort[p];
        }
        return -1;
    }
}
