using Lovkode.Runtime;
using Lovkode.Simulation.Model;
using Lovkode.Simulation.Random;

namespace Lovkode.Simulation.Engine;

/// <summary>
/// The model's numbers for one regime of an arm, week by week: transition weeks and branch
/// shares, practice intervals and start weeks, effect sizes, channel shares. A number that is the
/// law's is the regime's parameter at each week's date (so a reform that shortens a benefit
/// period changes who moves from its first week); the model's own numbers are constant. The week
/// loop reads these arrays by <c>w − FirstWeek</c>; a regime without a law parameter the model
/// uses fails here, before the run, naming the model's line and the regime.
/// </summary>
internal sealed class ModelWeeks
{
    /// <summary>Never: a week count that no spell or cumulative week reaches.</summary>
    public const int Never = int.MaxValue;

    public ModelWeeks(ModelPlan model, IRegime regime, int firstWeek, int weeks, DateOnly start)
    {
        FirstWeek = firstWeek;
        var firstDay = start.DayNumber + (7 * firstWeek);
        var info = model.Info;
        double[] Weekly(ModelOperand operand, string use, SourceLocation? where) => model.Numbers.Weekly(operand, regime, firstDay, weeks, use, where);

        var transitions = model.Transitions;
        TransitionWeeks = new int[transitions.Length][];
        BranchLimits = new double[transitions.Length][];
        for (var t = 0; t < transitions.Length; t++)
        {
            var transition = transitions[t].Info;
            var use = $"transition {transition.Name}";
            TransitionWeeks[t] = transition.Weeks is { } count ? Whole(Weekly(count, $"{use}'s week count", transition.Location)) : [];
            BranchLimits[t] = Limits(transition, weeks, (share, b) => Weekly(share, $"{use}'s share of branch {b + 1}", transition.Location));
        }
        MinTransitionWeeks = TransitionWeeks.Select(w => w.Length == 0 ? 0 : w.Min()).ToArray();
        MaxTransitionWeeks = TransitionWeeks.Select(w => w.Length == 0 ? 0 : w.Where(x => x != Never).DefaultIfEmpty(0).Max()).ToArray();

        // A practice held only under some regimes (and their reforms) is not looked at under the
        // others: no numbers read, no requirement to cost it as, never held.
        var practices = model.Practices;
        var held = practices.Select(p => PracticeScope.HeldUnder(p, regime.Info)).ToArray();
        var never = Enumerable.Repeat(Never, weeks).ToArray();
        PracticeInterval = practices.Select((p, i) => held[i] ? Whole(Weekly(p.IntervalWeeks, $"practice {p.Name}'s interval", p.Location)) : never).ToArray();
        PracticeFrom = practices.Select((p, i) => held[i] ? Whole(Weekly(p.FromSpellWeek, $"practice {p.Name}'s first spell week", p.Location)) : never).ToArray();
        PracticeUntil = practices.Select((p, i) => held[i] && p.UntilSpellWeek is { } until ? Whole(Weekly(until, $"practice {p.Name}'s last spell week", p.Location)) : never).ToArray();
        PracticeRequirement = practices.Select((p, i) => held[i] ? Requirement(info, regime.Info, p) : -1).ToArray();

        var effects = model.Effects;
        EffectMultiplier = effects.Select(e => Weekly(e.Multiplier, $"effect {e.Name}'s multiplier", ModelLocations.Of(info, e.Name))
            .Select(m => double.IsFinite(m) && m >= 0 ? m : 1).ToArray()).ToArray();
        EffectWeeks = effects.Select(e => Weekly(e.Weeks, $"effect {e.Name}'s weeks", ModelLocations.Of(info, e.Name))
            .Select(x => double.IsFinite(x) && x >= 0 ? (int)x : 0).ToArray()).ToArray();

        var choices = model.Choices;
        ChannelShare = choices.Select(c => Shares(c, weeks, firstDay, (share, i) => Weekly(share, $"channel choice {c.Name}'s share {i + 1}", ModelLocations.Of(info, c.Name)))).ToArray();
        ChoiceOf = regime.Info.Requirements.Select(r => ChoiceFor(choices, r)).ToArray();
        CitizenMinutesSaved = choices.Select(c => c.CitizenMinutesSaved is { } saved
            ? Weekly(saved, $"channel choice {c.Name}'s citizen minutes saved", ModelLocations.Of(info, c.Name)).Select(m => double.IsFinite(m) && m > 0 ? m : 0).ToArray()
            : null).ToArray();
        ChannelCounter = regime.Info.Requirements.Select(r => NameKey.Of("channel:" + r.Name)).ToArray();
    }

    /// <summary>The arm's first week (the warm-up's, negative when it has one): index 0 of every array.</summary>
    public int FirstWeek { get; }

    /// <summary>[transition][week]: the week count of its trigger, or <see cref="Never"/> where it has none.</summary>
    public int[][] TransitionWeeks { get; }

    /// <summary>Per transition: the fewest and most weeks its trigger takes over the arm's weeks, so the loop knows from when a person's transitions can be due.</summary>
    public int[] MinTransitionWeeks { get; }

    public int[] MaxTransitionWeeks { get; }

    /// <summary>[transition][week × branches + branch]: the cumulative share up to and including the branch; NaN in a week where a share has no value (the transition does not act then).</summary>
    public double[][] BranchLimits { get; }

    public int[][] PracticeInterval { get; }

    public int[][] PracticeFrom { get; }

    /// <summary>[practice][week]: the spell week from which the practice stops (<see cref="Never"/>: it does not).</summary>
    public int[][] PracticeUntil { get; }

    /// <summary>Per practice: the regime's meeting requirement it is costed and booked as; -1 when it is not held under this regime.</summary>
    public int[] PracticeRequirement { get; }

    public double[][] EffectMultiplier { get; }

    public int[][] EffectWeeks { get; }

    /// <summary>[choice][week]: the share of the covered interviews that go through the choice's channel.</summary>
    public double[][] ChannelShare { get; }

    /// <summary>[choice][week]: the citizen's minutes an interview the choice moves to its channel saves (0 where none or not a number); null for a choice that states none.</summary>
    public double[]?[] CitizenMinutesSaved { get; }

    /// <summary>Per requirement of the regime: the channel choice that covers it, or -1.</summary>
    public int[] ChoiceOf { get; }

    /// <summary>Per requirement: the counter of its channel draw (by name, so every regime draws alike).</summary>
    public ulong[] ChannelCounter { get; }

    private static int[] Whole(double[] weekly) =>
        weekly.Select(x => double.IsFinite(x) && x >= 0 && x < Never ? (int)x : Never).ToArray();

    /// <summary>
    /// Cumulative branch limits per week: one uniform draw u takes the first branch whose limit
    /// exceeds u. The branch without a share takes what the others leave (never below 0).
    /// </summary>
    private static double[] Limits(TransitionInfo transition, int weeks, Func<ModelOperand, int, double[]> weekly)
    {
        var branches = transition.Branches;
        var shares = branches.Select((b, i) => b.Share is { } share ? weekly(share, i) : null).ToArray();
        var limits = new double[weeks * branches.Count];
        for (var w = 0; w < weeks; w++)
        {
            double stated = 0;
            var missing = false;
            foreach (var s in shares)
            {
                if (s is null) continue;
                if (!(s[w] >= 0 && s[w] <= 1)) missing = true;
                else stated += s[w];
            }
            double running = 0;
            for (var b = 0; b < branches.Count; b++)
            {
                running += shares[b] is { } s ? s[w] : Math.Max(0, 1 - stated);
                limits[(w * branches.Count) + b] = missing ? double.NaN : running;
            }
        }
        return limits;
    }

    /// <summary>The share in force each week: the first dated share whose [From, Until) holds the week's date; 0 where none does.</summary>
    private static double[] Shares(ChannelChoiceInfo choice, int weeks, int firstDay, Func<ModelOperand, int, double[]> weekly)
    {
        var values = choice.Shares.Select((s, i) => weekly(s.Share, i)).ToArray();
        var result = new double[weeks];
        for (var w = 0; w < weeks; w++)
        {
            var day = firstDay + (7 * w);
            for (var i = 0; i < choice.Shares.Count; i++)
            {
                var s = choice.Shares[i];
                if (s.From is { } from && day < from.DayNumber) continue;
                if (s.Until is { } until && day >= until.DayNumber) continue;
                result[w] = double.IsFinite(values[i][w]) ? Math.Clamp(values[i][w], 0, 1) : 0;
                break;
            }
        }
        return result;
    }

    private static int ChoiceFor(ChannelChoiceInfo[] choices, RequirementInfo requirement)
    {
        if (requirement.Kind != EventKind.Meeting) return -1;
        for (var c = 0; c < choices.Length; c++)
        {
            var choice = choices[c];
            if (choice.Requirements.Count > 0 && !choice.Requirements.Contains(requirement.Name, StringComparer.Ordinal)) continue;
            if (choice.Actors.Count > 0 && !choice.Actors.Contains(requirement.Actor)) continue;
            return c;
        }
        return -1;
    }

    /// <summary>
    /// The requirement a practice interview is costed and booked as: found before the run, so a
    /// regime without it fails here with its interviews listed, not in the week loop. It must be
    /// a meeting: practice contact is interviews.
    /// </summary>
    private static int Requirement(ModelInfo model, RegimeInfo regime, PracticeInfo practice)
    {
        var requirements = regime.Requirements;
        var meetings = requirements.Where(r => r.Kind == EventKind.Meeting).Select(r => r.Name).ToList();
        var fix = meetings.Count == 0
            ? "It has no interview requirement: switch practice contact off for it."
            : $"Cost it as one of the regime's interviews ({string.Join(", ", meetings)}) or switch practice contact off.";
        for (var r = 0; r < requirements.Count; r++)
        {
            if (!string.Equals(requirements[r].Name, practice.Requirement, StringComparison.Ordinal)) continue;
            if (requirements[r].Kind != EventKind.Meeting)
                throw new InvalidOperationException($"{practice.Location}: model '{model.Name}': practice {practice.Name} is costed as requirement '{practice.Requirement}', which is a {requirements[r].Kind.ToString().ToLowerInvariant()} in regime '{regime.Name}', not a meeting. {fix}");
            return r;
        }
        throw new InvalidOperationException($"{practice.Location}: model '{model.Name}': regime '{regime.Name}' has no requirement '{practice.Requirement}' to cost practice {practice.Name} as. {fix}");
    }
}
