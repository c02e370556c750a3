using System.Runtime.CompilerServices;
using Lovkode.Runtime;

namespace Lovkode.Benchmarks.HandWritten;

/// <summary>
/// Lab2019 (LBI, LBK 701/2022, as Lab2019.rules states it since the law review of issue 20) written by hand in C#, as a careful programmer would without a
/// rules compiler: a decision tree for the groups, group bit masks and direct week arithmetic
/// for the requirements. It is the practical speed limit the generated evaluator is measured
/// against, so it honours the same contract: parameter values (and a scenario's overrides) are
/// read from <see cref="Parameters"/> by group and date, never baked in as constants.
/// <see cref="Evaluator.EquivalenceCheck"/> proves it agrees with the generated class and the
/// reference interpreter before any number is reported.
/// </summary>
public sealed partial class HandWrittenLab2019 : IRegime
{
    // LBI § 6, nr. 1-10: the groups the process rules of §§ 31-42 apply to.
    private const int Nr1To10 = (1 << Group.Dagpenge) | (1 << Group.JobparatKontant) | (1 << Group.AktivitetsparatKontant)
        | (1 << Group.Uddannelsesparat) | (1 << Group.AktivitetsparatUddannelse) | (1 << Group.Sygedagpenge) | (1 << Group.Jobafklaring)
        | (1 << Group.Ressourceforloeb) | (1 << Group.Fleksjob) | (1 << Group.Revalidering);

    // LBI § 22: a cv of every group of nr. 1-10 (those in a job excepted below).
    private const int CvGroups = Nr1To10;
    private const int JobsamtaleGroups = Nr1To10 & ~(1 << Group.Sygedagpenge);
    private const int JoblogGroups = (1 << Group.Dagpenge) | (1 << Group.JobparatKontant);
    private const int RetOgPligtGroups = (1 << Group.Dagpenge) | (1 << Group.JobparatKontant) | (1 << Group.AktivitetsparatKontant);
    private const int UngeGroups = (1 << Group.Uddannelsesparat) | (1 << Group.AktivitetsparatUddannelse);

    private readonly ParameterSet _parameters;

    public HandWrittenLab2019() : this(null)
    {
    }

    /// <param name="parameters">Values with a scenario's overrides; null for the cited values.</param>
    public HandWrittenLab2019(ParameterSet? parameters)
    {
        _parameters = parameters ?? new ParameterSet(RegimeInfo.Parameters, Group.Count);
    }

    public RegimeInfo Info => RegimeInfo;

    public ParameterSet Parameters => _parameters;

    public int MaxDuePerWeek => Requirement.Count;

    /// <summary>LBI § 6, with the resolutions of impossible combinations in docs/law.md.</summary>
    public int Classify(in Citizen citizen)
    {
        var age = citizen[Fact.Age];
        var benefit = citizen[Fact.Benefit];
        if (age < 15) return Group.IkkeOmfattet;
        if (benefit == Benefit.Sygedagpenge) return Group.Sygedagpenge;
        if (age < 18) return Group.Under18;
        switch (benefit)
        {
            case Benefit.Dagpenge: return Group.Dagpenge;
            case Benefit.Kontanthjaelp or Benefit.Overgangsydelse or Benefit.Uddannelseshjaelp:
                var aktivitetsparat = citizen[Fact.Readiness] == Readiness.Aktivitetsparat;
                if (age >= 30 || citizen[Fact.Education] != 0)
                    return aktivitetsparat ? Group.AktivitetsparatKontant : Group.JobparatKontant;
                return aktivitetsparat ? Group.AktivitetsparatUddannelse : Group.Uddannelsesparat;
            case Benefit.Jobafklaring: return Group.Jobafklaring;
            case Benefit.Ressourceforloeb: return Group.Ressourceforloeb;
            case Benefit.Ledighedsydelse: return Group.Fleksjob;
            case Benefit.Revalidering: return Group.Revalidering;
            case Benefit.Foertidspension: return Group.Foertidspension;
            case Benefit.Selvforsoergende: return Group.Selvforsoergende;
            default: return Group.IkkeOmfattet;
        }
    }

    public int Schedule(in Citizen citizen, int group, in CaseWeek week, Span<DueEvent> due)
    {
        var bit = 1 << group;
        if ((bit & Nr1To10) == 0) return 0;
        var w = week.SpellWeek;
        var cumulative = week.CumulativeWeeks;
        var day = week.DayNumber;
        var employed = citizen[Fact.Employed] != 0;
        var n = 0;

        if ((bit & CvGroups) != 0 && !employed && Weeks.OnceWithin(w, P(Parameter.CvFrist, group, day)))
            due[n++] = new DueEvent(Requirement.Cv);

        if (group == Group.Dagpenge)
        {
            if (Weeks.OnceWithin(w, P(Parameter.CvSamtaleFrist, group, day))) due[n++] = new DueEvent(Requirement.CvSamtale);
        }

        if ((bit & JobsamtaleGroups) != 0 && !employed && Weeks.TimesWithin(w, P(Parameter.JobsamtalerAntal, group, day), 0, 26))
            due[n++] = new DueEvent(Requirement.Jobsamtale);

        if (group == Group.Dagpenge)
        {
            if (Weeks.OnceWithin(w, P(Parameter.FaellesSamtaleTidligFrist, group, day))) due[n++] = new DueEvent(Requirement.FaellesSamtaleTidlig);
            if (Weeks.OnceWithin(w, P(Parameter.FaellesSamtaleSenFrist, group, day)))
            {
                due[n++] = new DueEvent(Requirement.FaellesSamtaleSen);
                due[n++] = new DueEvent(Requirement.AKasseFaellesSamtaleSen);
            }
            if (Weeks.AfterCumulative(cumulative, P(Parameter.FaellesSamtale16Uger, group, day)))
            {
                due[n++] = new DueEvent(Requirement.FaellesSamtale16Mdr);
                due[n++] = new DueEvent(Requirement.AKasseFaellesSamtale16Mdr);
            }
            if (Weeks.Every(w, P(Parameter.RaadighedssamtaleInterval, group, day), 12, 26)) due[n++] = new DueEvent(Requirement.Raadighedssamtale);
        }

        if ((bit & JoblogGroups) != 0) due[n++] = new DueEvent(Requirement.Joblog); // every week from week 0

        if ((bit & RetOgPligtGroups) != 0 && Weeks.AfterCumulative(cumulative, P(Parameter.RetOgPligtUger, group, day)))
            due[n++] = new DueEvent(Requirement.RetOgPligt);

        if ((bit & UngeGroups) != 0 && Weeks.Every(w, P(Parameter.TilbudspauseUnge, group, day), 3))
            due[n++] = new DueEvent(Requirement.RetOgPligtUnge);

        if (group == Group.Sygedagpenge)
        {
            // Sygedagpengeloven § 12: no follow-up when recovery is expected within 8 weeks; § 13 b:
            // the first by week 8, three more within the first half year.
            var shortAbsence = citizen[Fact.ExpectedAbsenceWeeks] < 8;
            if (!shortAbsence && Weeks.OnceWithin(w, P(Parameter.SygFoersteSamtaleUge, group, day))) due[n++] = new DueEvent(Requirement.SygFoersteSamtale);
            if (!shortAbsence && Weeks.TimesWithin(w, P(Parameter.SygOpfoelgningerAntal, group, day), 8, 26)) due[n++] = new DueEvent(Requirement.SygOpfoelgning);
            if (Weeks.AfterCumulative(cumulative, P(Parameter.SygRevurderingUger, group, day))) due[n++] = new DueEvent(Requirement.SygRevurdering);
        }

        // Every group of nr. 1-10 from here on. LBI § 42: for dagpenge the a-kasse draws up Min Plan.
        if (Weeks.OnceWithin(w, P(Parameter.MinPlanFrist, group, day)))
            due[n++] = new DueEvent(group == Group.Dagpenge ? Requirement.MinPlanDagpenge : Requirement.MinPlan);
        if (Weeks.Every(w, P(Parameter.MinPlanStatusInterval, group, day), 13)) due[n++] = new DueEvent(Requirement.MinPlanStatus);
        if (w % 52 == 0 && w >= 0) due[n++] = new DueEvent(Requirement.Beskaeftigelsesplan);
        return n;
    }

    public EventCost Cost(int requirement, int group, int dayNumber)
    {
        double V(int parameter) => _parameters.Value(parameter, group, dayNumber);
        EventCost Interview(int meeting) => new(V(meeting), V(Parameter.SamtaleForberedelseMinutter), V(Parameter.SamtaleOpfoelgningMinutter), 0, V(Parameter.BorgerSamtaleMinutter), 0);
        return requirement switch
        {
            Requirement.Cv => new(0, 0, 0, V(Parameter.CvGodkendelseMinutter), V(Parameter.CvBorgerMinutter), 0),
            Requirement.CvSamtale or Requirement.Jobsamtale or Requirement.Raadighedssamtale or Requirement.SygFoersteSamtale
                or Requirement.FaellesSamtaleSen or Requirement.FaellesSamtale16Mdr => Interview(Parameter.SamtaleMoedeMinutter),
            // The first joint interview has both caseworkers in the room; at the later ones the a-kasse's attendance is its own task.
            Requirement.FaellesSamtaleTidlig => Interview(Parameter.FaellesSamtaleMoedeMinutter),
            Requirement.AKasseFaellesSamtaleSen or Requirement.AKasseFaellesSamtale16Mdr => new(V(Parameter.SamtaleMoedeMinutter), 0, 0, 0, 0, 0),
            Requirement.Joblog => new(0, 0, 0, V(Parameter.JoblogKontrolMinutter), V(Parameter.JoblogBorgerMinutter), 0),
            Requirement.RetOgPligt or Requirement.RetOgPligtUnge => new(0, V(Parameter.TilbudSagsbehandlingMinutter), 0, 0, 0, V(Parameter.TilbudPris)),
            // Follow-up by phone: the citizen spends the meeting's time, not the journey.
            Requirement.SygOpfoelgning => new(V(Parameter.SamtaleMoedeMinutter), V(Parameter.SamtaleForberedelseMinutter),
                V(Parameter.SamtaleOpfoelgningMinutter), 0, V(Parameter.SamtaleMoedeMinutter), 0),
            Requirement.SygRevurdering => new(0, 0, 0, V(Parameter.SygRevurderingMinutter), 0, 0),
            Requirement.MinPlan or Requirement.MinPlanDagpenge => new(0, 0, 0, V(Parameter.MinPlanMinutter), 0, 0),
            Requirement.MinPlanStatus => new(0, 0, 0, V(Parameter.MinPlanStatusMinutter), 0, 0),
            Requirement.Beskaeftigelsesplan => new(0, 0, 0, 0, 0, V(Parameter.BeskaeftigelsesplanDkkPrSag)),
            _ => throw new ArgumentOutOfRangeException(nameof(requirement)),
        };
    }

    public void Explain(in Citizen citizen, in CaseWeek week, ICollection<TraceEntry> trace)
    {
        var group = Classify(in citizen);
        var info = RegimeInfo.Groups[group];
        trace.Add(new TraceEntry(TraceKind.Classified, week.SpellWeek, info.Name, info.Condition, info.Citation));
        Span<DueEvent> due = stackalloc DueEvent[Requirement.Count];
        var count = Schedule(in citizen, group, in week, due);
        for (var i = 0; i < count; i++)
        {
            var r = RegimeInfo.Requirements[due[i].Requirement];
            trace.Add(new TraceEntry(TraceKind.Due, week.SpellWeek, r.Name, r.Schedule, r.Citation));
        }
    }

    public TResult Accept<TResult>(IRegimeVisitor<TResult> visitor) => visitor.Visit(this);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double P(int parameter, int group, int day) => _parameters.Value(parameter, group, day);
}
