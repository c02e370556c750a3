using Lovkode.Runtime;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Quotas;

/// <summary>
/// The events of one run read against the regime's quotas as <see cref="RegimeInfo.Quotas"/>
/// states them: which events a quota covers (its requirement, for its groups, in spell weeks
/// [From, Until)) and, per requirement, group and person, whether they were skipped or served.
/// </summary>
internal sealed class QuotaEvents
{
    public QuotaEvents(IRegime regime, IReadOnlyList<ObservedEvent> events)
    {
        Regime = regime;
        Events = events;
        Eligible = events.Where(e => QuotaOf(regime.Info, e) is not null).ToList();
    }

    public IRegime Regime { get; }

    public IReadOnlyList<ObservedEvent> Events { get; }

    /// <summary>The events some quota lets the municipality skip.</summary>
    public IReadOnlyList<ObservedEvent> Eligible { get; }

    /// <summary>The quota that covers the event, or null.</summary>
    public static QuotaInfo? QuotaOf(RegimeInfo info, ObservedEvent e) =>
        info.Quotas.FirstOrDefault(q => q.Requirement == e.Requirement && q.Groups.Contains(e.Group) && e.SpellWeek >= q.FromWeek && e.SpellWeek < q.UntilWeek);

    /// <summary>Per (requirement, group, person) with an eligible event: how many of their eligible events were skipped and served.</summary>
    public IReadOnlyDictionary<(int Requirement, int Group, int Person), (int Skipped, int Served)> ByPerson() =>
        Eligible.GroupBy(e => (e.Requirement, e.Group, e.Person))
            .ToDictionary(g => g.Key, g => (g.Count(e => e.Skipped), g.Count(e => !e.Skipped)));

    /// <summary>Per (requirement, group): persons with an eligible event, and those of them skipped (at any eligible event).</summary>
    public IEnumerable<(int Requirement, int Group, int Persons, int SkippedPersons)> Cells() =>
        ByPerson().GroupBy(p => (p.Key.Requirement, p.Key.Group))
            .Select(g => (g.Key.Requirement, g.Key.Group, g.Count(), g.Count(p => p.Value.Skipped > 0)));

    /// <summary>
    /// Per group: persons with an eligible event of any quota, and those of them who went
    /// without at least one such event. In both regimes every quota takes the same share, so
    /// this is the share of persons who got all the quotas' interviews and offers.
    /// </summary>
    public IEnumerable<(int Group, int Persons, int SkippedPersons)> PersonCells() =>
        Eligible.GroupBy(e => (e.Group, e.Person))
            .GroupBy(p => p.Key.Group)
            .Select(g => (g.Key, g.Count(), g.Count(p => p.Any(e => e.Skipped))));

    public string Name(int requirement) => Regime.Info.Requirements[requirement].Name;

    public string GroupName(int group) => Regime.Info.Groups[group].Name;
}
