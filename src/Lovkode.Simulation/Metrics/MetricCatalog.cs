using Lovkode.Simulation.Results;
using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Metrics;

/// <summary>
/// The reported metrics and how each is computed from a cell's raw sums (already scaled to the
/// represented population, in minutes and DKK). Ratios are computed from the sums of one
/// replication, then averaged over replications.
/// </summary>
internal sealed class MetricCatalog
{
    private readonly List<(MetricInfo Info, Func<double[], double> Value)> _metrics = [];

    public MetricCatalog(IReadOnlyList<string> actors, IReadOnlyList<string> channels, SimulationOptions options, double hourlyDkk)
    {
        var rate = hourlyDkk;
        var fteFactor = 52.0 / options.Weeks / options.Costs.HoursPerFte;
        var fixedSlots = RawSlot.Fixed;

        static double Hours(double minutes) => minutes / 60;
        static double CaseworkerMinutes(double[] r) =>
            r[RawSlot.MeetingMinutes] + r[RawSlot.PreparationMinutes] + r[RawSlot.FollowUpMinutes] + r[RawSlot.DocumentationMinutes] + r[RawSlot.SupervisionMinutes];
        static double Ratio(double a, double b) => b == 0 ? 0 : a / b;

        Add("interviews", "count", "Interviews (meeting events), required and practice", true, r => r[RawSlot.Meetings]);
        Add("interviews.required", "count", "Interviews a process rule demands", true, r => r[RawSlot.Meetings] - r[RawSlot.PracticeInterviews]);
        Add("interviews.practice", "count", "Interviews of the individual contact no rule demands (calibrated practice)", true, r => r[RawSlot.PracticeInterviews]);
        for (var a = 0; a < actors.Count; a++)
        {
            var slot = fixedSlots + a;
            Add($"interviews.actor.{actors[a]}", "count", $"Interviews held by {actors[a]}", true, r => r[slot]);
        }
        for (var c = 0; c < channels.Count; c++)
        {
            var slot = fixedSlots + actors.Count + c;
            Add($"interviews.channel.{channels[c]}", "count", $"Interviews through {channels[c]}", true, r => r[slot]);
        }
        Add("interviews.hours", "hours", "Caseworker hours on interviews (meeting, preparation, follow-up, documentation)", true, r => Hours(r[RawSlot.InterviewCaseworkerMinutes]));
        Add("interviews.dkk", "DKK", "Caseworker cost of interviews", true, r => Hours(r[RawSlot.InterviewCaseworkerMinutes]) * rate);
        Add("events", "count", "Process events of every kind", true, r => r[RawSlot.Events]);
        Add("tasks", "count", "Task events (e.g. CV, job log)", true, r => r[RawSlot.Tasks]);
        Add("documentation.events", "count", "Documentation events", true, r => r[RawSlot.Documentations]);
        Add("offers", "count", "Offers (tilbud)", true, r => r[RawSlot.Offers]);
        Add("offers.dkk", "DKK", "Direct cost of offers", true, r => r[RawSlot.OfferDkk]);
        Add("quota.skipped", "count", "Events a quota let the municipality skip", true, r => r[RawSlot.QuotaSkipped]);
        Add("caseworker.hours.meeting", "hours", "Caseworker hours with the citizen", true, r => Hours(r[RawSlot.MeetingMinutes]));
        Add("caseworker.hours.preparation", "hours", "Caseworker hours of preparation", true, r => Hours(r[RawSlot.PreparationMinutes]));
        Add("caseworker.hours.followup", "hours", "Caseworker hours of follow-up (registration, communication)", true, r => Hours(r[RawSlot.FollowUpMinutes]));
        Add("caseworker.hours.documentation", "hours", "Caseworker hours of documentation", true, r => Hours(r[RawSlot.DocumentationMinutes]));
        Add("caseworker.hours.supervision", "hours", "Caseworker hours of supervision (municipality level)", true, r => Hours(r[RawSlot.SupervisionMinutes]));
        Add("caseworker.hours", "hours", "Caseworker hours, all activities", true, r => Hours(CaseworkerMinutes(r)));
        Add("caseworker.dkk", "DKK", "Caseworker cost", true, r => Hours(CaseworkerMinutes(r)) * rate);
        Add("caseworker.fte", "FTE", "Caseworker full-time equivalents (per year)", true, r => Hours(CaseworkerMinutes(r)) * fteFactor);
        Add("direct.dkk", "DKK", "Direct costs (offers, other events, supervision)", true, r => r[RawSlot.Dkk] + r[RawSlot.SupervisionDkk]);
        Add("total.dkk", "DKK", "Caseworker cost plus direct costs", true, r => (Hours(CaseworkerMinutes(r)) * rate) + r[RawSlot.Dkk] + r[RawSlot.SupervisionDkk]);
        Add("citizen.hours", "hours", "Citizens' own hours", true, r => Hours(r[RawSlot.CitizenMinutes]));
        Add("supervision.municipality.years", "years", "Municipality-years under supervision", true, r => r[RawSlot.SupervisionWeeks] / 52);
        Add("supervision.dkk", "DKK", "Direct cost of supervision", true, r => r[RawSlot.SupervisionDkk]);
        Add("benefit.weeks", "weeks", "Weeks on benefit", true, r => r[RawSlot.PersonWeeks]);
        Add("case.years", "years", "Case-years (weeks on benefit ÷ 52)", true, r => r[RawSlot.PersonWeeks] / 52);
        Add("cases", "count", "Cases (a person in a group)", true, r => r[RawSlot.Cases]);
        Add("entries", "count", "Spells started during the horizon (inflow)", true, r => r[RawSlot.Entries]);
        Add("exits", "count", "Exits from benefit", true, r => r[RawSlot.Exits]);
        Add("spell.changes", "count", "Changes of benefit that start a new spell", true, r => r[RawSlot.SpellChanges]);
        Add("burden.events.per.case.year", "events/case-year", "Process events per case-year", false, r => Ratio(r[RawSlot.Events], r[RawSlot.PersonWeeks] / 52));
        Add("burden.rules.per.case", "rules/case", "Distinct rules applied per case", false, r => Ratio(r[RawSlot.DistinctRules], r[RawSlot.Cases]));
        Add("burden.time.without.citizen", "share", "Share of caseworker time not spent with the citizen", false,
            r => Ratio(CaseworkerMinutes(r) - r[RawSlot.MeetingMinutes], CaseworkerMinutes(r)));
    }

    public int Count => _metrics.Count;

    public IReadOnlyList<MetricInfo> Infos => _metrics.Select(m => m.Info).ToList();

    public double Value(int metric, double[] raw) => _metrics[metric].Value(raw);

    private void Add(string name, string unit, string title, bool extensive, Func<double[], double> value) =>
        _metrics.Add((new MetricInfo(name, unit, title, extensive), value));
}
