using Lovkode.Runtime;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Quotas;

/// <summary>
/// The events of one run read against the regime's quotas as <see cref="RegimeInfo.Quotas"/>
/// states them: which events a quota covers (its requirement, for its groups, in spell weeks
/// [From, Until), on a date it is in force) and, per requirement, group and person, whether
/// they were skipped or served. <see cref="Eligible"/> holds the events a quota of the studied
/// share covers (<see cref="QuotaCase.ShareParameter"/>).
/// </summary>
internal sealed class QuotaEvents
{
    public QuotaEvents(IRegime regime, IReadOnlyList<ObservedEvent> events, DateOnly start)
    {
        Regime = regime;
        Events = events;
        Start = start;
        Share = QuotaCase.ShareParameter(regime);
        Eligible = events.Where(e => QuotaOf(e) is { } q && q.Share.Parameter == Share).ToList();
    }

    public IRegime Regime { get; }

    public IReadOnlyList<ObservedEvent> Events { get; }

    public DateOnly Start { get; }

    /// <summary>The parameter index of the studied share.</summary>
    public int Share { get; }

    /// <summary>The events a quota of the studied share lets the municipality skip.</summary>
    public IReadOnlyList<ObservedEvent> Eligible { get; }

    /// <summary>The quota that covers the event on its date, or null.</summary>
    public QuotaInfo? QuotaOf(ObservedEvent e)
    {
        var day = Start.AddDays(7 * e.Week).DayNumber;
        return Regime.Info.Quotas.FirstOrDefault(q => q.Requirement == e.Requirement && q.Groups.Contains(e.Group)
            && e.SpellWeek >= q.FromWeek && e.SpellWeek < q.UntilWeek && q.InForce(day));
    }

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
    /// without at least one such event. The studied share is one draw per person, so this is the
    /// share of persons who got all the interviews and offers its quotas cover.
    /// </summary>
    public IEnumerable<(int Group, int Persons, int SkippedPersons)> PersonCells() =>
        Eligible.GroupBy(e => (e.Group, e.Person))
            .GroupBy(p => p.Key.Group)
            .Select(g => (g.Key, g.Count(), g.Count(p => p.Any(e => e.Skipped))));

    public string Name(int requirement) => Regime.Info.Requirements[requirement].Name;

    public string GroupName(int group) => Regime.Info.Groups[group].Name;
}
