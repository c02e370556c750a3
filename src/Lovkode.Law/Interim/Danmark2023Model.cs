using Lovkode.Runtime;

namespace Lovkode.Law.Interim;

/// <summary>
/// The Danish population model, written by hand with the numbers the simulator held in C# before
/// issue 12 (cohorts of DST's 2023 caseloads, hazards, fact distributions, the dagpenge and
/// sygedagpenge transitions, the closure of ressourceforløb and revalidering, practice contact,
/// the meeting effect, costs, seed 002's targets). Interim: the model compiler will generate
/// <c>Danmark2023</c> from <c>rules/Danmark2023.rules</c>; this copy then stays only as the
/// oracle the generated model is checked against. docs/model.md tabulates every number.
/// </summary>
public static partial class Danmark2023Model
{
    public const string Name = "Danmark2023";

    private static readonly Citation Dst = new("Danmarks Statistik 2023 via shared/domain.md (Caseloads 2023)", false);

    /// <summary>A fresh instance with the cited point values.</summary>
    public static HandWrittenModel Create()
    {
        var lab = Regimes.Create("Lab2019").Info;
        var m = new ModelBuilder(Name, "Befolkningen på offentlig forsørgelse, 2023", lab.Domain, "Danmarks Statistik 2023 via shared/domain.md", Dst, lab.Facts, lab.Actors, lab.Channels);
        m.AreaFact = m.Slot("municipality");
        m.Tables.Add(new TableInfo("Indbyggere", "Indbyggere 1. januar 2024", m.Slot("municipality"),
            Danmark2023Tables.Inhabitants.Select(r => new TableRow(m.Member("municipality", r.Member), r.Inhabitants)).ToList(), Danmark2023Tables.InhabitantsSource));
        var under30WithoutEducation = m.Condition("age < 30 and not education", (in Citizen c) => c[lab.FactSlot("age")] < 30 && c[lab.FactSlot("education")] == 0);
        var under30 = m.Condition("age < 30", (in Citizen c) => c[lab.FactSlot("age")] < 30);
        AddCohorts(m, under30);
        AddTransitions(m, lab, under30WithoutEducation);
        AddPractice(m, lab);
        AddCostsAndTargets(m);
        m.Names = Danmark2023Tables.Names;
        return m.Build();
    }

    private static void AddCohorts(ModelBuilder m, int under30)
    {
        // Benefit, readiness, stock (FTE), early hazard (spell weeks 0-3), later hazard, age min/mode/max,
        // education share, employed share, source, confidence of the stock.
        Cohort(m, "Dagpenge", "Jobparat", 52_000, 0.069, 0.050, (20, 35, 66), 0.80, 0, Confidence.Medium,
            "DST 2023: 72.200 nettoledige (H); 72 % af dem på dagpenge (antagelse). Tidlig afgang: 1 af 4 finder job inden for en måned (fm.dk 2009, M)");
        Cohort(m, "Kontanthjaelp", "Jobparat", 20_200, 0.030, 0.020, (25, 38, 64), 0.45, 0, Confidence.Medium,
            "DST 2023: resten af de 72.200 nettoledige (H, fordelingen antaget); afgang antaget", under30);
        Cohort(m, "Kontanthjaelp", "Aktivitetsparat", 56_000, 0.008, 0.008, (25, 42, 64), 0.30, 0, Confidence.Low,
            "Antagelse (L): omkring to af tre kontanthjælpsmodtagere er aktivitetsparate; gennemsnitligt forløb ca. 2,4 år", under30);
        Cohort(m, "Overgangsydelse", "Jobparat", 4_000, 0.015, 0.015, (25, 35, 64), 0.30, 0, Confidence.Low,
            "Antagelse (L): lille gruppe; afgang som jobparate kontanthjælpsmodtagere", under30);
        Cohort(m, "Uddannelseshjaelp", "Uddannelsesparat", 15_000, 0.030, 0.025, (18, 21, 29), null, 0, Confidence.Low,
            "Antagelse (L): del af ca. 33.000 på uddannelseshjælp; ingen erhvervskompetencegivende uddannelse (LAS § 2)");
        Cohort(m, "Uddannelseshjaelp", "Aktivitetsparat", 18_000, 0.012, 0.012, (18, 22, 29), null, 0, Confidence.Low,
            "Antagelse (L): den aktivitetsparate del af uddannelseshjælpen");
        Cohort(m, "Sygedagpenge", "Jobparat", 76_700, 0.080, 0.050, (20, 48, 67), 0.65, 0.80, Confidence.High,
            "DST 2023: 76.700 helårspersoner (H). 80 % sygemeldt fra et job (antagelse; L 66 nævner ca. 70.000 i job med under 26 ugers forventet fravær). Afgang antaget (gennemsnit ca. 17 uger)");
        Cohort(m, "Jobafklaring", "Aktivitetsparat", 17_600, 0.015, 0.015, (25, 50, 66), 0.55, 0.20, Confidence.High,
            "DST 4. kvt. 2021: 17.600 (H); gennemsnitligt forløb ca. 1,3 år (antagelse)");
        Cohort(m, "Ressourceforloeb", "Aktivitetsparat", 26_000, 0.008, 0.008, (20, 42, 64), 0.35, 0, Confidence.Medium,
            "Antagelse (M): ca. 26.000 i ressourceforløb (jobindsats.dk-niveau); gennemsnitligt forløb ca. 2,4 år");
        Cohort(m, "Ledighedsydelse", "Aktivitetsparat", 103_100, 0.003, 0.003, (25, 52, 67), 0.55, 0.85, Confidence.High,
            "DST: fleksjob 87.500 (2. kvt. 2023) + ledighedsydelse 15.600 (2. kvt. 2021) (H); 85 % i fleksjob = i job");
        Cohort(m, "Revalidering", "Aktivitetsparat", 3_000, 0.015, 0.015, (20, 38, 60), 0.30, 0, Confidence.Low,
            "Antagelse (L): nogle få tusinde på revalidering");
        Cohort(m, "Foertidspension", "Aktivitetsparat", 233_700, 0.0015, 0.0015, (25, 56, 67), 0.40, 0, Confidence.High,
            "DST 2023: 233.700 (H); afgang ved folkepension og død, gennemsnit ca. 13 år (antagelse)");
        Cohort(m, "Selvforsoergende", "Jobparat", 15_000, 0.080, 0.060, (18, 30, 66), 0.60, 0, Confidence.Low,
            "Antagelse (L): selvforsørgende ledige tilmeldt jobcentret; korte forløb");
    }

    /// <summary>
    /// One cohort: the key (benefit, readiness), the stock, two hazard pieces (weeks 0-3 and from
    /// week 4; one when they are equal), then the draws: age (triangular), education (none on
    /// uddannelseshjælp; always under 30 where <paramref name="educatedUnder30"/> is given, since
    /// the young without one are on uddannelseshjælp, LAS § 2), employment, expected absence
    /// (sygedagpenge), and the model-wide draws (not employed, no absence, municipality by
    /// inhabitants). Dagpenge stock's elapsed spell is bounded by the law's dagpenge period.
    /// </summary>
    private static void Cohort(ModelBuilder m, string benefit, string readiness, double stock, double early, double later, (int Low, int Mode, int High) age,
        double? education, double employed, Confidence stockConfidence, string source, int educatedUnder30 = -1)
    {
        var name = benefit + readiness;
        var cite = new Citation(source, stockConfidence == Confidence.Low);
        var assumed = new Citation("Ingen offentlig kilde; se docs/model.md", true);
        var stockRange = stockConfidence switch
        {
            Confidence.Low => new Uncertainty(stock * 0.7, stock * 1.3, DistributionShape.Triangular),
            Confidence.Medium => new Uncertainty(stock * 0.85, stock * 1.15, DistributionShape.Triangular),
            _ => null,
        };
        var hazards = new List<HazardPiece>();
        if (early == later)
        {
            hazards.Add(new HazardPiece(0, null, m.Value($"{name}.hazard.1", ValueKind.Hazard, later, assumed, Range(later, 0.3), Confidence.Low)));
        }
        else
        {
            hazards.Add(new HazardPiece(0, 4, m.Value($"{name}.hazard.1", ValueKind.Hazard, early, assumed, Range(early, 0.3), Confidence.Low)));
            hazards.Add(new HazardPiece(4, null, m.Value($"{name}.hazard.2", ValueKind.Hazard, later, assumed, Range(later, 0.3), Confidence.Low)));
        }

        var draws = new List<FactDrawInfo>
        {
            new(m.Slot("age"), [new DrawCase(-1, new TriangularNumber(
                m.Value($"{name}.age.low", ValueKind.FactNumber, age.Low, assumed, confidence: Confidence.Medium),
                m.Value($"{name}.age.mode", ValueKind.FactNumber, age.Mode, assumed, confidence: Confidence.Low),
                m.Value($"{name}.age.high", ValueKind.FactNumber, age.High, assumed, confidence: Confidence.Medium)), assumed)]),
        };
        var lasSection2 = new Citation("LAS § 2: uddannelseshjælp er for unge under 30 uden erhvervskompetencegivende uddannelse", false);
        if (education is not { } share)
        {
            draws.Add(new FactDrawInfo(m.Slot("education"), [new DrawCase(-1, new FixedValue(0), lasSection2)]));
        }
        else if (educatedUnder30 >= 0)
        {
            draws.Add(new FactDrawInfo(m.Slot("education"),
            [
                new DrawCase(educatedUnder30, new FixedValue(1), lasSection2),
                new DrawCase(-1, new BoolShare(m.Value($"{name}.education.case.2", ValueKind.Share, share, assumed, Range(share, 0.25, 1), Confidence.Low)), assumed),
            ]));
        }
        else
        {
            draws.Add(new FactDrawInfo(m.Slot("education"), [new DrawCase(-1, new BoolShare(m.Value($"{name}.education", ValueKind.Share, share, assumed, Range(share, 0.25, 1), Confidence.Low)), assumed)]));
        }
        if (employed > 0)
        {
            var flex = benefit == "Ledighedsydelse";
            var employedCite = flex ? new Citation("DST: 87.500 af 103.100 i fleksjob (2. kvt. 2023)", false) : assumed;
            draws.Add(new FactDrawInfo(m.Slot("employed"), [new DrawCase(-1, new BoolShare(m.Value($"{name}.employed", ValueKind.Share, employed, employedCite,
                flex ? null : Range(employed, 0.2, 1), flex ? Confidence.High : Confidence.Low)), employedCite)]));
        }
        else
        {
            draws.Add(new FactDrawInfo(m.Slot("employed"), [new DrawCase(-1, new FixedValue(0), assumed)]));
        }
        if (benefit == "Sygedagpenge")
        {
            var absence = new Citation("Antagelse: 40 % under 8 uger, 35 % 8-25, 25 % 26-52; så ca. 70.000 i job har under 26 ugers fravær (L 66)", true);
            draws.Add(new FactDrawInfo(m.Slot("expectedAbsenceWeeks"), [new DrawCase(-1, new Histogram(
            [
                new HistogramBin(2, 8, m.Value($"{name}.expectedAbsenceWeeks.bin.1", ValueKind.Weight, 0.40, absence, new Uncertainty(0.30, 0.50, DistributionShape.Triangular), Confidence.Low)),
                new HistogramBin(8, 26, m.Value($"{name}.expectedAbsenceWeeks.bin.2", ValueKind.Weight, 0.35, absence, new Uncertainty(0.25, 0.45, DistributionShape.Triangular), Confidence.Low)),
                new HistogramBin(26, 53, m.Value($"{name}.expectedAbsenceWeeks.bin.3", ValueKind.Weight, 0.25, absence, new Uncertainty(0.15, 0.35, DistributionShape.Triangular), Confidence.Low)),
            ]), absence)]));
        }
        else
        {
            draws.Add(new FactDrawInfo(m.Slot("expectedAbsenceWeeks"), [new DrawCase(-1, new FixedValue(0), new Citation("Kun sygedagpengemodtagere har et forventet sygefravær", false))]));
        }
        draws.Add(new FactDrawInfo(m.Slot("municipality"), [new DrawCase(-1, new FromTable(0), new Citation("Samme andel på ydelse pr. indbygger i alle kommuner", true))]));

        m.Cohorts.Add(new CohortInfo(name, $"{benefit}, {readiness}", [m.Set("benefit", benefit), m.Set("readiness", readiness)],
            m.Value($"{name}.stock", ValueKind.Persons, stock, cite, stockRange, stockConfidence),
            null, hazards, draws, benefit == "Dagpenge" ? ModelOperand.FromLaw("DagpengePeriode") : null, cite));
    }

    /// <summary>A triangular range of ± <paramref name="relative"/> around the point, kept within [0, <paramref name="max"/>].</summary>
    private static Uncertainty Range(double point, double relative, double max = 1) =>
        new(Math.Max(0, point * (1 - relative)), Math.Min(max, point * (1 + relative)), DistributionShape.Triangular);
}
