using Lovkode.Runtime;
using Lovkode.Simulation.Results;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Metrics;

/// <summary>
/// The cells and slots of one arm's accumulator. Groups are the union, by name, of the groups
/// of the arm's regimes (in the order they first appear), plus a last pseudo group for
/// area-level work (supervision); rules are the union of requirement names, so a rule that keeps
/// its name across a timeline's switch stays one rule. Actors and channels come from the domain,
/// areas from the model's area fact (municipalities, regions, offices). With a crosswalk regime
/// (<see cref="Scenario.SimulationOptions.GroupByBaseline"/>) the groups are that regime's, and a
/// case is counted in the group the crosswalk classifies it in, whatever its own. Keyed by an
/// enum fact (<see cref="Scenario.SimulationOptions.GroupByFact"/>) the groups are the fact's
/// members, and a case is counted under its fact's value.
/// </summary>
internal sealed class ArmLayout
{
    public ArmLayout(Arm arm, IReadOnlyList<string> areas, IRegime? crosswalk = null, FactInfo? byFact = null)
    {
        Crosswalk = byFact is null ? crosswalk : null;
        FactSlot = byFact?.Slot ?? -1;
        AreaNames = areas;
        Areas = areas.Count;
        var first = arm.Periods[0].Regime.Info;
        Actors = first.Actors;
        Channels = first.Channels;
        var groups = new List<string>();
        var rules = new List<string>();
        var groupMaps = new List<int[]>();
        var ruleMaps = new List<int[]>();
        foreach (var period in arm.Periods)
        {
            var info = period.Regime.Info;
            if (info.Domain != first.Domain || !info.Actors.SequenceEqual(Actors) || !info.Channels.SequenceEqual(Channels))
                throw new InvalidOperationException($"Arm '{arm.Name}': regime '{info.Name}' is not of the domain '{first.Domain}' of '{first.Name}' (or declares other actors or channels).");
            groupMaps.Add(info.Groups.Select(g => IndexOrAdd(groups, g.Name)).ToArray());
            ruleMaps.Add(info.Requirements.Select(r => IndexOrAdd(rules, r.Name)).ToArray());
        }
        if (crosswalk is not null)
        {
            if (crosswalk.Info.Domain != first.Domain)
                throw new InvalidOperationException($"Arm '{arm.Name}': the baseline's regime '{crosswalk.Info.Name}' is not of the domain '{first.Domain}', so its groups cannot key this arm's results.");
            groups = crosswalk.Info.Groups.Select(g => g.Name).ToList();
        }
        if (byFact is not null) groups = byFact.Members.ToList();
        groups.Add(SimulationResult.AreaLevel);
        Groups = groups;
        Rules = rules;
        GroupMaps = groupMaps;
        RuleMaps = ruleMaps;
        Slots = RawSlot.Fixed + Actors.Count + Channels.Count;
    }

    public IReadOnlyList<string> Groups { get; }

    /// <summary>The regime whose groups key the results (the baseline's first), or null for the arm's own groups.</summary>
    public IRegime? Crosswalk { get; }

    /// <summary>The slot of the enum fact whose members are the groups (its value is the group), or -1.</summary>
    public int FactSlot { get; }

    /// <summary>The pseudo group for supervision, last in <see cref="Groups"/>.</summary>
    public int AreaLevelGroup => Groups.Count - 1;

    public IReadOnlyList<string> Rules { get; }

    public IReadOnlyList<string> Actors { get; }

    public IReadOnlyList<string> Channels { get; }

    /// <summary>Per period: the regime's group index → the arm's group index.</summary>
    public IReadOnlyList<int[]> GroupMaps { get; }

    /// <summary>Per period: the regime's requirement index → the arm's rule index.</summary>
    public IReadOnlyList<int[]> RuleMaps { get; }

    /// <summary>The members of the model's area fact, in the domain's order.</summary>
    public IReadOnlyList<string> AreaNames { get; }

    public int Areas { get; }

    public int Slots { get; }

    public int Cells => Groups.Count * Areas;

    public int RuleWords => Math.Max(1, (Rules.Count + 63) / 64);

    public int Cell(int armGroup, int area) => (armGroup * Areas) + area;

    public int ActorSlot(int actor) => RawSlot.Fixed + actor;

    public int ChannelSlot(int channel) => RawSlot.Fixed + Actors.Count + channel;

    private static int IndexOrAdd(List<string> list, string name)
    {
        var i = list.IndexOf(name);
        if (i >= 0) return i;
        list.Add(name);
        return list.Count - 1;
    }
}
