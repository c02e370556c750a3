using Lovkode.Runtime;
using Lovkode.Simulation.Model;
using Lovkode.Simulation.Population;
using Lovkode.Simulation.Random;

namespace Lovkode.Simulation.Spells;

/// <summary>
/// One of the model's transitions made ready for the week loop: whom it concerns (a condition
/// bit), its trigger, its branches and, for each move, the cohort a person of each cohort lands
/// in (looked up once here, so a move in the loop is an array read). The weeks and shares, which
/// may be the law's, are resolved per regime in <see cref="Engine.ModelWeeks"/>.
/// </summary>
internal sealed class TransitionPlan
{
    public TransitionPlan(ModelInfo info, TransitionInfo transition, ConditionFlags flags, CohortTable cohorts, IPopulationModel model)
    {
        Info = transition;
        Mask = flags.MaskOf(transition.Condition);
        Counter = NameKey.Of("transition:" + transition.Name);
        OwnDecision = transition.Branches.Any(b => b.Share is { IsLaw: true });
        var rest = transition.Branches.Count(b => b.Share is null);
        if (transition.Branches.Count == 0 || rest > 1)
            throw Problem(info, transition, transition.Branches.Count == 0 ? "has no branch" : "has more than one branch that takes the rest");
        if (transition.Trigger != TransitionTrigger.AtEntry && transition.Weeks is null)
            throw Problem(info, transition, "has no week count for its trigger");
        Destinations = transition.Branches.Select(b => b.Outcome == BranchOutcome.Move ? b.Destinations.ToArray() : []).ToArray();
        if (transition.Branches.Any(b => b.Outcome == BranchOutcome.Move && b.Destinations.Count == 0))
            throw Problem(info, transition, "moves a person nowhere: a move needs at least one destination");
        DestinationCohort = Destinations.Select(ds => ds.Select(d => CohortsAfter(info, transition, d, cohorts, model)).ToArray()).ToArray();
    }

    public TransitionInfo Info { get; }

    /// <summary>The condition bit of whom the transition concerns (0: everyone).</summary>
    public ulong Mask { get; }

    /// <summary>The counter of the transition's draw on <see cref="RandomStream.Transition"/>.</summary>
    public ulong Counter { get; }

    /// <summary>Whether a branch's share is the law's: then the draw is the regime's own decision (<c>Arm.OwnDecisionSeed</c>).</summary>
    public bool OwnDecision { get; }

    /// <summary>[branch][destination]: where a move goes, tried in order.</summary>
    public Destination[][] Destinations { get; }

    /// <summary>[branch][destination][source cohort]: the cohort after the move, or -1 when no cohort has those facts (the person keeps theirs).</summary>
    public int[][][] DestinationCohort { get; }

    public int BranchCount => Info.Branches.Count;

    /// <summary>
    /// For each cohort a person may come from: the cohort whose key the person's facts match once
    /// the destination's facts are set. A cohort the transition concerns (its condition holds on
    /// the cohort's key) must land in one.
    /// </summary>
    private static int[] CohortsAfter(ModelInfo info, TransitionInfo transition, Destination destination, CohortTable cohorts, IPopulationModel model)
    {
        var result = new int[cohorts.Count];
        var blank = default(Citizen);
        foreach (var fact in info.Facts) blank[fact.Slot] = fact.Min;
        for (var c = 0; c < cohorts.Count; c++)
        {
            var known = cohorts.Keys[c].Select(k => k.Slot).Concat(destination.Set.Select(s => s.Slot)).ToHashSet();
            var facts = blank;
            foreach (var k in cohorts.Keys[c]) facts[k.Slot] = k.Value;
            var concerned = transition.Condition < 0 || model.Holds(transition.Condition, in facts);
            foreach (var s in destination.Set) facts[s.Slot] = s.Value;
            result[c] = -1;
            for (var d = 0; d < cohorts.Count; d++)
            {
                if (!cohorts.Keys[d].All(k => known.Contains(k.Slot))) continue;
                if (cohorts.Keys[d].All(k => facts[k.Slot] == k.Value)) { result[c] = d; break; }
            }
            if (result[c] < 0 && concerned)
            {
                var set = string.Join(", ", destination.Set.Select(s => Describe(info, s)));
                throw Problem(info, transition, $"moves a person of cohort {cohorts.Names[c]} to {set}, which no cohort has: add a cohort with that key, or a destination it matches");
            }
        }
        return result;
    }

    private static string Describe(ModelInfo info, FactSetting setting)
    {
        var fact = info.Facts.FirstOrDefault(f => f.Slot == setting.Slot);
        if (fact is null) return $"slot {setting.Slot} = {setting.Value}";
        return fact.Kind == FactKind.Enum && setting.Value >= 0 && setting.Value < fact.Members.Count
            ? $"{fact.Name} = {fact.Members[setting.Value]}"
            : $"{fact.Name} = {setting.Value}";
    }

    private static InvalidOperationException Problem(ModelInfo info, TransitionInfo transition, string what) =>
        new($"{transition.Location}: model '{info.Name}': transition {transition.Name} {what}.");
}
