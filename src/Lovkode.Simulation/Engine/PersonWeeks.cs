using System.Runtime.CompilerServices;
using Lovkode.Runtime;
using Lovkode.Simulation.Model;

namespace Lovkode.Simulation.Engine;

/// <summary>
/// What the model's weekly steps ask of one person in one regime, worked out when their facts or
/// spell change (a new segment, an admission, a move) rather than every week: the area they are
/// counted in; the practice contact that concerns them (the first whose condition holds among
/// those held under the regime, with its start, interval and end by week); whether an effect concerns them; and the weeks in which one of
/// their transitions can be due at all, from the fewest and most weeks each trigger takes, so
/// the loop looks at transitions only then.
/// </summary>
internal readonly struct PersonWeeks
{
    private static readonly int[] NoWeeks = [];

    public int Area { get; init; }

    /// <summary>The practice contact of the person, or -1.</summary>
    public int Practice { get; init; }

    public int[] PracticeFrom { get; init; }

    public int[] PracticeInterval { get; init; }

    public int[] PracticeUntil { get; init; }

    public bool Effects { get; init; }

    /// <summary>The first week in which a transition of the person can be due (int.MaxValue: none).</summary>
    public int TransitionsFrom { get; init; }

    /// <summary>The last such week.</summary>
    public int TransitionsUntil { get; init; }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static PersonWeeks Of(ModelPlan model, ModelWeeks weekly, PersonState state, int p, in Citizen citizen)
    {
        var flags = state.Flags[p];
        var practice = FirstHeld(model.PracticeMasks, flags, weekly.PracticeRequirement);
        var (from, until) = TransitionWindow(model, weekly, flags, state.SpellStart[p], state.CumulativeAtSpellStart[p]);
        return new PersonWeeks
        {
            Area = model.AreaSlot < 0 ? 0 : citizen[model.AreaSlot],
            Practice = practice,
            PracticeFrom = practice < 0 ? NoWeeks : weekly.PracticeFrom[practice],
            PracticeInterval = practice < 0 ? NoWeeks : weekly.PracticeInterval[practice],
            PracticeUntil = practice < 0 ? NoWeeks : weekly.PracticeUntil[practice],
            Effects = First(model.EffectMasks, flags) >= 0,
            TransitionsFrom = from,
            TransitionsUntil = until,
        };
    }

    public void Deconstruct(out int area, out int practice, out int[] practiceFrom, out int[] practiceInterval, out int[] practiceUntil, out bool effects, out int transitionsFrom, out int transitionsUntil) =>
        (area, practice, practiceFrom, practiceInterval, practiceUntil, effects, transitionsFrom, transitionsUntil) = (Area, Practice, PracticeFrom, PracticeInterval, PracticeUntil, Effects, TransitionsFrom, TransitionsUntil);

    /// <summary>The first practice whose condition holds among those held under the regime (a requirement to cost it as).</summary>
    private static int FirstHeld(ulong[] masks, ulong flags, int[] requirements)
    {
        for (var i = 0; i < masks.Length; i++)
        {
            if (requirements[i] >= 0 && (flags & masks[i]) == masks[i]) return i;
        }
        return -1;
    }

    private static int First(ulong[] masks, ulong flags)
    {
        for (var i = 0; i < masks.Length; i++)
        {
            if ((flags & masks[i]) == masks[i]) return i;
        }
        return -1;
    }

    /// <summary>
    /// A transition after N cumulative weeks can act from the week the cumulative weeks reach the
    /// fewest N the law gives in this regime, and on; one at spell week N only between the fewest
    /// and the most N. Weeks are the arm's, from the spell's start.
    /// </summary>
    private static (int From, int Until) TransitionWindow(ModelPlan model, ModelWeeks weekly, ulong flags, int spellStart, int cumulativeAtStart)
    {
        long from = int.MaxValue, until = int.MinValue;
        foreach (var t in model.WeeklyTransitions)
        {
            var transition = model.Transitions[t];
            if ((flags & transition.Mask) != transition.Mask) continue;
            var min = weekly.MinTransitionWeeks[t];
            if (min == ModelWeeks.Never) continue;
            if (transition.Info.Trigger == TransitionTrigger.AfterCumulativeWeeks)
            {
                from = Math.Min(from, (long)min - 1 - cumulativeAtStart + spellStart);
                until = int.MaxValue;
            }
            else
            {
                from = Math.Min(from, (long)min - 1 + spellStart);
                until = Math.Max(until, (long)weekly.MaxTransitionWeeks[t] - 1 + spellStart);
            }
        }
        return ((int)Math.Clamp(from, int.MinValue, int.MaxValue), (int)Math.Clamp(until, int.MinValue, int.MaxValue));
    }
}
