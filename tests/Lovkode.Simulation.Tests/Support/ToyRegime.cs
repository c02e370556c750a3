using Lovkode.Runtime;

namespace Lovkode.Simulation.Tests.Support;

/// <summary>
/// A hand-written regime with the shape the generator emits: groups by benefit, interviews K
/// times within weeks 0..26 (K a parameter), a CV task, a recurring offer, sickness follow-up,
/// an optional quota on interviews and an optional supervision rule. It has the law parameters the
/// Danish population model reads (<see cref="LawDefaults"/>), with Lab2019's values, so it runs
/// with that model; an extra parameter of the same name replaces one.
/// </summary>
internal sealed class ToyRegime : IRegime
{
    public const int Dagpenge = 0, Kontant = 1, Syge = 2, Other = 3, Outside = 4;
    public const int Interview = 0, Cv = 1, Offer = 2, SygeOpfoelgning = 3;
    public const int InterviewCount = 0, InterviewMinutes = 1, QuotaShare = 2, SupervisionThreshold = 3;

    public ToyRegime(string name = "Toy", double interviews = 6, double? quotaShare = null, double? supervisionThreshold = null, bool everyoneOutside = false,
        params (string Name, double Value)[] extraParameters)
        : this(name, interviews, quotaShare, supervisionThreshold, everyoneOutside, quotaWindow: (0, 26), quotaShareFrom: null, quotaInForceFrom: null, extraParameters)
    {
    }

    /// <param name="quotaWindow">The quota's spell weeks [From, Until).</param>
    /// <param name="quotaShareFrom">The share's cited value holds from this date only; before it the share has no value.</param>
    /// <param name="quotaInForceFrom">The quota itself is in force from this date only (<c>from DATE</c>).</param>
    public ToyRegime(string name, double interviews, double? quotaShare, double? supervisionThreshold, bool everyoneOutside,
        (int From, int Until) quotaWindow, DateOnly? quotaShareFrom, DateOnly? quotaInForceFrom = null, params (string Name, double Value)[] extraParameters)
    {
        EveryoneOutside = everyoneOutside;
        var groups = new List<GroupInfo>
        {
            new("Dagpenge", Dagpenge, "Dagpenge", false, "benefit = Dagpenge", [], TestDomain.Cite),
            new("Kontant", Kontant, "Kontant", false, "benefit in {...}", [], TestDomain.Cite),
            new("Syge", Syge, "Syge", false, "benefit = Sygedagpenge", [], TestDomain.Cite),
            new("Andre", Other, "Andre", false, "otherwise", [], TestDomain.Cite),
            new("Udenfor", Outside, "Udenfor", true, "benefit = Ingen", [], TestDomain.Cite),
        };
        var parameters = new List<ParameterInfo>
        {
            new("Samtaler", InterviewCount, ParameterUnit.Count, "Samtaler", [new(-1, interviews, null, null, TestDomain.Cite)]),
            new("SamtaleMinutter", InterviewMinutes, ParameterUnit.Minutes, "Minutter", [new(-1, 37.5, null, null, TestDomain.Cite)]),
            new("Kvote", QuotaShare, ParameterUnit.Share, "Kvote", [new(-1, quotaShare ?? 1, quotaShareFrom, null, TestDomain.Cite)]),
            new("Taerskel", SupervisionThreshold, ParameterUnit.Share, "Tærskel", [new(-1, supervisionThreshold ?? 0, null, null, TestDomain.Cite)]),
        };
        foreach (var (extra, value) in LawDefaults.Where(d => !extraParameters.Any(e => e.Name == d.Name)).Concat(extraParameters))
        {
            parameters.Add(new ParameterInfo(extra, parameters.Count, ParameterUnit.Count, extra, [new(-1, value, null, null, TestDomain.Cite)]));
        }
        var requirements = new List<RequirementInfo>
        {
            new("Jobsamtale", Interview, EventKind.Meeting, "Jobsamtaler", 0, 0, [Dagpenge, Kontant], "K times within weeks 0..26", null, null, TestDomain.Cite),
            new("Cv", Cv, EventKind.Task, "CV", 1, 2, [Dagpenge], "once within 2 weeks", null, null, TestDomain.Cite),
            new("Tilbud", Offer, EventKind.Offer, "Tilbud", 0, 0, [Kontant], "every 26 weeks from week 0", null, null, TestDomain.Cite),
            new("Opfoelgning", SygeOpfoelgning, EventKind.Meeting, "Opfølgning", 0, 1, [Syge], "every 4 weeks from week 8", null, null, TestDomain.Cite),
        };
        var quotas = quotaShare is null
            ? new List<QuotaInfo>()
            : [new QuotaInfo(Interview, Operand.Param(QuotaShare), [Dagpenge], quotaWindow.From, quotaWindow.Until, TestDomain.Cite) { From = quotaInForceFrom }];
        var supervisions = supervisionThreshold is null
            ? new List<SupervisionInfo>()
            : [new SupervisionInfo("Tilsyn", 0, "Skærpet tilsyn", 52, 20, EventKind.Offer, Operand.Param(SupervisionThreshold),
                [new CostItem(CostComponent.Meeting, Operand.Const(6000)), new CostItem(CostComponent.Dkk, Operand.Const(52_000))], TestDomain.Cite)];
        Info = new RegimeInfo(name, name, "Beskaeftigelse", "test", null, null, TestDomain.Cite, TestDomain.Facts, TestDomain.Actors,
            TestDomain.Channels, groups, parameters, requirements, quotas, supervisions);
        Parameters = new ParameterSet(parameters, groups.Count);
    }

    /// <summary>The parameters Danmark2023 reads from the law, at Lab2019's values.</summary>
    public static readonly (string Name, double Value)[] LawDefaults =
    [
        ("DagpengePeriode", 104), ("SygRevurderingUger", 22), ("TilgangRessourceforloebRevalidering", 1), ("SagsbehandlerTimepris", 400),
    ];

    private static readonly int DagpengeMember = TestDomain.Member(TestDomain.Benefit, "Dagpenge");
    private static readonly int SygeMember = TestDomain.Member(TestDomain.Benefit, "Sygedagpenge");
    private static readonly int IngenMember = TestDomain.Member(TestDomain.Benefit, "Ingen");
    private static readonly int[] KontantMembers = new[] { "Kontanthjaelp", "Overgangsydelse", "Uddannelseshjaelp" }.Select(b => TestDomain.Member(TestDomain.Benefit, b)).ToArray();

    public bool EveryoneOutside { get; }

    public RegimeInfo Info { get; }

    public ParameterSet Parameters { get; }

    public int MaxDuePerWeek => Info.Requirements.Count;

    public int Classify(in Citizen citizen)
    {
        if (EveryoneOutside) return Outside;
        var benefit = citizen[TestDomain.Benefit];
        if (benefit == DagpengeMember) return Dagpenge;
        if (benefit == SygeMember) return Syge;
        if (benefit == IngenMember) return Outside;
        return Array.IndexOf(KontantMembers, benefit) >= 0 ? Kontant : Other;
    }

    public int Schedule(in Citizen citizen, int group, in CaseWeek week, Span<DueEvent> due)
    {
        var n = 0;
        var w = week.SpellWeek;
        if (group is Dagpenge or Kontant)
        {
            // K times within weeks 0..26: event i in week ⌊i·26/K⌋.
            var k = (int)Parameters.Value(InterviewCount, group, week.DayNumber);
            for (var i = 0; i < k; i++)
            {
                if (i * 26 / k == w) { due[n++] = new DueEvent(Interview); break; }
            }
        }
        if (group == Dagpenge && w == 1) due[n++] = new DueEvent(Cv);
        if (group == Kontant && w % 26 == 0) due[n++] = new DueEvent(Offer);
        if (group == Syge && w >= 8 && (w - 8) % 4 == 0 && citizen[TestDomain.Absence] >= 8) due[n++] = new DueEvent(SygeOpfoelgning);
        return n;
    }

    public EventCost Cost(int requirement, int group, int dayNumber) => requirement switch
    {
        Interview or SygeOpfoelgning => new EventCost(Parameters.Value(InterviewMinutes, group, dayNumber), 37.5, 37.5, 0, 60, 0),
        Cv => new EventCost(0, 0, 0, 10, 60, 0),
        Offer => new EventCost(0, 30, 0, 15, 0, 5000),
        _ => default,
    };

    public void Explain(in Citizen citizen, in CaseWeek week, ICollection<TraceEntry> trace)
    {
        var group = Classify(citizen);
        trace.Add(new TraceEntry(TraceKind.Classified, week.SpellWeek, Info.Groups[group].Name, "", TestDomain.Cite));
        Span<DueEvent> due = stackalloc DueEvent[MaxDuePerWeek];
        var n = Schedule(citizen, group, week, due);
        for (var i = 0; i < n; i++)
        {
            var r = Info.Requirements[due[i].Requirement];
            trace.Add(new TraceEntry(TraceKind.Due, week.SpellWeek, r.Name, r.Title, r.Citation));
        }
    }

    public TResult Accept<TResult>(IRegimeVisitor<TResult> visitor) => visitor.Visit(this);
}
