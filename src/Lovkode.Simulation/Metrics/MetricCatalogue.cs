using Lovkode.Simulation.Results;

namespace Lovkode.Simulation.Metrics;

/// <summary>
/// Every metric the simulator reports: its id, unit, title, whether it is a volume, and how it is
/// computed from a cell's raw sums (already scaled to the represented population, in minutes and
/// DKK). The CLI, the reports and a model's calibration targets name metrics through these ids.
/// Ratios are computed from the sums of one replication, then averaged over replications.
/// </summary>
public static class MetricCatalogue
{
    public static MetricId Interviews { get; } = new("interviews");
    public static MetricId InterviewsRequired { get; } = new("interviews.required");
    public static MetricId InterviewsPractice { get; } = new("interviews.practice");
    public static MetricId InterviewHours { get; } = new("interviews.hours");
    public static MetricId InterviewDkk { get; } = new("interviews.dkk");
    public static MetricId Events { get; } = new("events");
    public static MetricId Tasks { get; } = new("tasks");
    public static MetricId DocumentationEvents { get; } = new("documentation.events");
    public static MetricId Offers { get; } = new("offers");
    public static MetricId OfferDkk { get; } = new("offers.dkk");
    public static MetricId QuotaSkipped { get; } = new("quota.skipped");
    public static MetricId CaseworkerHoursMeeting { get; } = new("caseworker.hours.meeting");
    public static MetricId CaseworkerHoursPreparation { get; } = new("caseworker.hours.preparation");
    public static MetricId CaseworkerHoursFollowUp { get; } = new("caseworker.hours.followup");
    public static MetricId CaseworkerHoursDocumentation { get; } = new("caseworker.hours.documentation");
    public static MetricId CaseworkerHoursSupervision { get; } = new("caseworker.hours.supervision");
    public static MetricId CaseworkerHours { get; } = new("caseworker.hours");
    public static MetricId CaseworkerDkk { get; } = new("caseworker.dkk");
    public static MetricId CaseworkerFte { get; } = new("caseworker.fte");
    public static MetricId DirectDkk { get; } = new("direct.dkk");
    public static MetricId TotalDkk { get; } = new("total.dkk");
    public static MetricId CitizenHours { get; } = new("citizen.hours");
    public static MetricId SupervisionYears { get; } = new("supervision.municipality.years");
    public static MetricId SupervisionDkk { get; } = new("supervision.dkk");
    public static MetricId SupervisionExaminedYears { get; } = new("supervision.examined.years");
    public static MetricId BenefitWeeks { get; } = new("benefit.weeks");
    public static MetricId CaseYears { get; } = new("case.years");
    public static MetricId Cases { get; } = new("cases");
    public static MetricId Persons { get; } = new("persons");
    public static MetricId LongTermCases { get; } = new("cases.longterm");
    public static MetricId PersonsReached { get; } = new("persons.reached");
    public static MetricId LongTermShare { get; } = new("cases.longterm.share");
    public static MetricId PersonsLongTerm { get; } = new("persons.longterm");
    public static MetricId PersonsLongTermShare { get; } = new("persons.longterm.share");
    public static MetricId PersonsChanged { get; } = new("persons.changed");
    public static MetricId Entries { get; } = new("entries");
    public static MetricId Exits { get; } = new("exits");
    public static MetricId SpellChanges { get; } = new("spell.changes");
    public static MetricId SpellMoves { get; } = new("spell.moves");
    public static MetricId EventsPerCaseYear { get; } = new("burden.events.per.case.year");
    public static MetricId RulesPerCase { get; } = new("burden.rules.per.case");
    public static MetricId TimeWithoutCitizen { get; } = new("burden.time.without.citizen");

    // After the ids, which the formulas name (static initialisers run in textual order).
    private static readonly List<Formula> Formulas = BuildFormulas();

    /// <summary>The caseworker hours by activity, in the order the report shows them.</summary>
    public static IReadOnlyList<MetricId> CaseworkerHoursByActivity { get; } =
        [CaseworkerHoursMeeting, CaseworkerHoursPreparation, CaseworkerHoursFollowUp, CaseworkerHoursDocumentation, CaseworkerHoursSupervision];

    /// <summary>Interviews held by one of the domain's actors: <c>interviews.actor.&lt;Actor&gt;</c>.</summary>
    public static MetricId ByActor(string actor) => new(ActorPrefix + actor);

    /// <summary>Interviews through one of the domain's channels: <c>interviews.channel.&lt;Channel&gt;</c>.</summary>
    public static MetricId ByChannel(string channel) => new(ChannelPrefix + channel);

    /// <summary>The unit of a money metric in the catalogue; a run's metrics name the model's currency instead (<c>DKK</c>, <c>EUR</c>).</summary>
    public const string Money = "money";

    private const string ActorPrefix = "interviews.actor.";
    private const string ChannelPrefix = "interviews.channel.";

    /// <summary>The metrics every run reports (the actor and channel families come after <see cref="InterviewsPractice"/> in a run's list).</summary>
    public static IReadOnlyList<MetricInfo> Fixed { get; } = Formulas.Select(f => f.Info).ToList();

    /// <summary>
    /// The id written as <paramref name="name"/>: a fixed metric, or a member of the actor or
    /// channel family (whether the domain has that actor or channel is the run's to say).
    /// </summary>
    public static bool TryParse(string? name, out MetricId id)
    {
        id = default;
        if (string.IsNullOrEmpty(name)) return false;
        foreach (var info in Fixed)
        {
            if (string.Equals(info.Name, name, StringComparison.Ordinal))
            {
                id = info.Id;
                return true;
            }
        }
        foreach (var prefix in new[] { ActorPrefix, ChannelPrefix })
        {
            if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal) && IsName(name.AsSpan(prefix.Length)))
            {
                id = new MetricId(name);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The title a reader sees for a metric's id: the catalogue's for a fixed metric, "Interviews
    /// held by X" or "Interviews through X" for the actor and channel families, else the id itself.
    /// </summary>
    public static string TitleOf(string name)
    {
        foreach (var info in Fixed)
        {
            if (string.Equals(info.Name, name, StringComparison.Ordinal)) return info.Title;
        }
        if (name.StartsWith(ActorPrefix, StringComparison.Ordinal) && name.Length > ActorPrefix.Length) return $"Interviews held by {name[ActorPrefix.Length..]}";
        if (name.StartsWith(ChannelPrefix, StringComparison.Ordinal) && name.Length > ChannelPrefix.Length) return $"Interviews through {name[ChannelPrefix.Length..]}";
        return name;
    }

    /// <summary>The names a scenario or a model may write, for error messages.</summary>
    public static string Described => string.Join(", ", Fixed.Select(m => m.Name)) + $", {ActorPrefix}<Actor>, {ChannelPrefix}<Channel>";

    /// <summary>
    /// A run's metrics in report order, each with its formula bound to the run's rates: the fixed
    /// ones, with one per actor and one per channel of the domain after the practice interviews.
    /// Money metrics (the <c>.dkk</c> ids, named before Lovkode knew other currencies) are counted in
    /// the model's currency and carry it as their unit.
    /// </summary>
    internal static IReadOnlyList<(MetricInfo Info, Func<double[], double> Value)> ForRun(IReadOnlyList<string> actors, IReadOnlyList<string> channels, double hourlyDkk, double fteFactor, string currency = "DKK")
    {
        var rates = new Rates(hourlyDkk, fteFactor);
        var run = new List<(MetricInfo, Func<double[], double>)>();
        foreach (var formula in Formulas)
        {
            // Money is in the run's currency (the model's); the catalogue says only that it is money.
            var info = formula.Info.Unit == Money ? formula.Info with { Unit = currency } : formula.Info;
            run.Add((info, raw => formula.Value(raw, rates)));
            if (formula.Info.Id != InterviewsPractice) continue;
            for (var a = 0; a < actors.Count; a++)
            {
                var slot = RawSlot.Fixed + a;
                run.Add((new MetricInfo(ByActor(actors[a]), "count", $"Interviews held by {actors[a]}", true), raw => raw[slot]));
            }
            for (var c = 0; c < channels.Count; c++)
            {
                var slot = RawSlot.Fixed + actors.Count + c;
                run.Add((new MetricInfo(ByChannel(channels[c]), "count", $"Interviews through {channels[c]}", true), raw => raw[slot]));
            }
        }
        return run;
    }

    private static bool IsName(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !char.IsAsciiLetter(text[0])) return false;
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_') return false;
        }
        return true;
    }

    private readonly record struct Rates(double HourlyDkk, double FteFactor);

    private sealed record Formula(MetricInfo Info, Func<double[], Rates, double> Value);

    private static double Hours(double minutes) => minutes / 60;

    private static double CaseworkerMinutes(double[] r) =>
        r[RawSlot.MeetingMinutes] + r[RawSlot.PreparationMinutes] + r[RawSlot.FollowUpMinutes] + r[RawSlot.DocumentationMinutes] + r[RawSlot.SupervisionMinutes];

    private static double Ratio(double a, double b) => b == 0 ? 0 : a / b;

    private static Formula Volume(MetricId id, string unit, string title, Func<double[], Rates, double> value) => new(new MetricInfo(id, unit, title, true), value);

    private static Formula Share(MetricId id, string unit, string title, Func<double[], Rates, double> value) => new(new MetricInfo(id, unit, title, false), value);

    private static List<Formula> BuildFormulas() =>
    [
        Volume(Interviews, "count", "Interviews (meeting events), required and practice", (r, _) => r[RawSlot.Meetings]),
        Volume(InterviewsRequired, "count", "Interviews a process rule demands", (r, _) => r[RawSlot.Meetings] - r[RawSlot.PracticeInterviews]),
        Volume(InterviewsPractice, "count", "Interviews of the contact no rule demands (the model's practice)", (r, _) => r[RawSlot.PracticeInterviews]),
        Volume(InterviewHours, "hours", "Caseworker hours on interviews (meeting, preparation, follow-up, documentation)", (r, _) => Hours(r[RawSlot.InterviewCaseworkerMinutes])),
        Volume(InterviewDkk, Money, "Caseworker cost of interviews", (r, x) => Hours(r[RawSlot.InterviewCaseworkerMinutes]) * x.HourlyDkk),
        Volume(Events, "count", "Process events of every kind", (r, _) => r[RawSlot.Events]),
        Volume(Tasks, "count", "Task events (e.g. CV, job log)", (r, _) => r[RawSlot.Tasks]),
        Volume(DocumentationEvents, "count", "Documentation events", (r, _) => r[RawSlot.Documentations]),
        Volume(Offers, "count", "Offers (tilbud)", (r, _) => r[RawSlot.Offers]),
        Volume(OfferDkk, Money, "Direct cost of offers", (r, _) => r[RawSlot.OfferDkk]),
        Volume(QuotaSkipped, "count", "Events a quota let the municipality skip", (r, _) => r[RawSlot.QuotaSkipped]),
        Volume(CaseworkerHoursMeeting, "hours", "Caseworker hours with the citizen", (r, _) => Hours(r[RawSlot.MeetingMinutes])),
        Volume(CaseworkerHoursPreparation, "hours", "Caseworker hours of preparation", (r, _) => Hours(r[RawSlot.PreparationMinutes])),
        Volume(CaseworkerHoursFollowUp, "hours", "Caseworker hours of follow-up (registration, communication)", (r, _) => Hours(r[RawSlot.FollowUpMinutes])),
        Volume(CaseworkerHoursDocumentation, "hours", "Caseworker hours of documentation", (r, _) => Hours(r[RawSlot.DocumentationMinutes])),
        Volume(CaseworkerHoursSupervision, "hours", "Caseworker hours of supervision (area level)", (r, _) => Hours(r[RawSlot.SupervisionMinutes])),
        Volume(CaseworkerHours, "hours", "Caseworker hours, all activities", (r, _) => Hours(CaseworkerMinutes(r))),
        Volume(CaseworkerDkk, Money, "Caseworker cost", (r, x) => Hours(CaseworkerMinutes(r)) * x.HourlyDkk),
        Volume(CaseworkerFte, "FTE", "Caseworker full-time equivalents (per year)", (r, x) => Hours(CaseworkerMinutes(r)) * x.FteFactor),
        Volume(DirectDkk, Money, "Direct costs (offers, other events, supervision)", (r, _) => r[RawSlot.Dkk] + r[RawSlot.SupervisionDkk]),
        Volume(TotalDkk, Money, "Caseworker cost plus direct costs", (r, x) => (Hours(CaseworkerMinutes(r)) * x.HourlyDkk) + r[RawSlot.Dkk] + r[RawSlot.SupervisionDkk]),
        Volume(CitizenHours, "hours", "Citizens' own hours", (r, _) => Hours(r[RawSlot.CitizenMinutes])),
        Volume(SupervisionYears, "years", "Area-years under supervision (municipality-years where the area is a municipality)", (r, _) => r[RawSlot.SupervisionWeeks] / 52),
        Volume(SupervisionDkk, Money, "Direct cost of supervision", (r, _) => r[RawSlot.SupervisionDkk]),
        Volume(SupervisionExaminedYears, "years", "Area-years examined on a result-gated supervision rule's measure (result worse than expected)", (r, _) => r[RawSlot.SupervisionExaminedWeeks] / 52),
        Volume(BenefitWeeks, "weeks", "Weeks on benefit", (r, _) => r[RawSlot.PersonWeeks]),
        Volume(CaseYears, "years", "Case-years (weeks on benefit ÷ 52)", (r, _) => r[RawSlot.PersonWeeks] / 52),
        Volume(Cases, "count", "Cases (a person in a group)", (r, _) => r[RawSlot.Cases]),
        Volume(Persons, "persons", "Distinct persons (each in the group of their first week in the horizon)", (r, _) => r[RawSlot.Persons]),
        Volume(PersonsReached, "persons", "Distinct persons who met at least one requirement of the law (counted in the group of the first)", (r, _) => r[RawSlot.PersonsReached]),
        Volume(PersonsLongTerm, "persons", "Distinct persons with 12 months or more of cumulative weeks on benefit (counted in the group of their first week)", (r, _) => r[RawSlot.PersonsLongTerm]),
        Volume(PersonsChanged, "persons", "Distinct persons whose course differs from the baseline's (events held, moves, leaving; in their first group in the baseline)", (r, _) => r[RawSlot.PersonsChanged]),
        Volume(LongTermCases, "count", "Cases with 12 months or more of cumulative weeks on benefit", (r, _) => r[RawSlot.LongTermCases]),
        Volume(Entries, "count", "Spells started during the horizon (inflow)", (r, _) => r[RawSlot.Entries]),
        Volume(Exits, "count", "Exits from benefit", (r, _) => r[RawSlot.Exits]),
        Volume(SpellChanges, "count", "Transitions that start a new spell", (r, _) => r[RawSlot.SpellChanges]),
        Volume(SpellMoves, "count", "Transitions that change the facts within the spell", (r, _) => r[RawSlot.SpellMoves]),
        Share(EventsPerCaseYear, "events/case-year", "Process events per case-year", (r, _) => Ratio(r[RawSlot.Events], r[RawSlot.PersonWeeks] / 52)),
        Share(LongTermShare, "share", "Share of cases with 12 months or more of cumulative weeks on benefit", (r, _) => Ratio(r[RawSlot.LongTermCases], r[RawSlot.Cases])),
        Share(PersonsLongTermShare, "share", "Share of persons with 12 months or more of cumulative weeks on benefit", (r, _) => Ratio(r[RawSlot.PersonsLongTerm], r[RawSlot.Persons])),
        Share(RulesPerCase, "rules/case", "Distinct rules applied per case", (r, _) => Ratio(r[RawSlot.DistinctRules], r[RawSlot.Cases])),
        Share(TimeWithoutCitizen, "share", "Share of caseworker time not spent with the citizen",
            (r, _) => Ratio(CaseworkerMinutes(r) - r[RawSlot.MeetingMinutes], CaseworkerMinutes(r))),
    ];
}
