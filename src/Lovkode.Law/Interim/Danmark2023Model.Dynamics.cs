using Lovkode.Runtime;

namespace Lovkode.Law.Interim;

public static partial class Danmark2023Model
{
    /// <summary>
    /// Who moves where besides the exit hazard. The legal part is the law's (the dagpenge period,
    /// the reassessment week, whether ressourceforløb and revalidering take new cases); the shares
    /// of who goes where are the model's.
    /// </summary>
    private static void AddTransitions(ModelBuilder m, RegimeInfo lab, int under30WithoutEducation)
    {
        var benefit = lab.FactSlot("benefit");
        int Member(string name) => m.Member("benefit", name);
        var dagpenge = Member("Dagpenge");
        var syge = Member("Sygedagpenge");
        var ressource = Member("Ressourceforloeb");
        var revalidering = Member("Revalidering");

        m.Transitions.Add(new TransitionInfo("DagpengeOpbrugt", "Dagpengeperioden er opbrugt",
            m.Condition("benefit = Dagpenge", (in Citizen c) => c[benefit] == dagpenge),
            TransitionTrigger.AfterCumulativeWeeks, ModelOperand.FromLaw("DagpengePeriode"),
            [
                new TransitionBranch(
                    m.Value("DagpengeOpbrugt.share.1", ValueKind.Share, 0.5, new Citation("Resten har ægtefælles indkomst eller formue, der udelukker kontanthjælp", true),
                        new Uncertainty(0.3, 0.7, DistributionShape.Triangular), Confidence.Low),
                    BranchOutcome.Move,
                    [
                        new Destination(under30WithoutEducation, [m.Set("benefit", "Uddannelseshjaelp"), m.Set("readiness", "Uddannelsesparat")]),
                        new Destination(-1, [m.Set("benefit", "Kontanthjaelp"), m.Set("readiness", "Jobparat")]),
                    ],
                    new Citation("LAS § 2 og § 11: under 30 uden uddannelse betyder uddannelseshjælp", false)),
                new TransitionBranch(null, BranchOutcome.Leave, [], new Citation("Forlader offentlig forsørgelse", true)),
            ],
            new Citation("LAB § 53; LAS § 2", false), ModelBuilder.Here()));

        m.Transitions.Add(new TransitionInfo("SygRevurdering", "Revurdering af sygedagpenge",
            m.Condition("benefit = Sygedagpenge", (in Citizen c) => c[benefit] == syge),
            TransitionTrigger.AtSpellWeek, ModelOperand.FromLaw("SygRevurderingUger"),
            [
                new TransitionBranch(
                    m.Value("SygRevurdering.share.1", ValueKind.Share, 0.3, new Citation("Andelen, der går i jobafklaringsforløb; resten forlænges", true),
                        new Uncertainty(0.15, 0.45, DistributionShape.Triangular), Confidence.Low),
                    BranchOutcome.Move, [new Destination(-1, [m.Set("benefit", "Jobafklaring"), m.Set("readiness", "Aktivitetsparat")])],
                    new Citation("Sygedagpengeloven § 24: jobafklaringsforløb efter revurderingen", false)),
                new TransitionBranch(null, BranchOutcome.Stay, [], new Citation("Forlængelse", false)),
            ],
            new Citation("Sygedagpengeloven § 24", false), ModelBuilder.Here()));

        m.Transitions.Add(new TransitionInfo("LukketTilgang", "Ressourceforløb og revalidering lukket for nye sager",
            m.Condition("benefit in {Ressourceforloeb, Revalidering}", (in Citizen c) => c[benefit] == ressource || c[benefit] == revalidering),
            TransitionTrigger.AtEntry, null,
            [
                new TransitionBranch(ModelOperand.FromLaw("TilgangRessourceforloebRevalidering"), BranchOutcome.Stay, [], new Citation("Lovens andel af nye sager, der kan starte", false)),
                new TransitionBranch(null, BranchOutcome.Move,
                [
                    new Destination(under30WithoutEducation, [m.Set("benefit", "Uddannelseshjaelp"), m.Set("readiness", "Aktivitetsparat")]),
                    new Destination(-1, [m.Set("benefit", "Kontanthjaelp"), m.Set("readiness", "Aktivitetsparat")]),
                ],
                new Citation("L 66 sender dem til den nye jobhjælpsgruppe på kontanthjælp; modelleret som aktivitetsparat kontanthjælp (uddannelseshjælp under 30 uden uddannelse)", true)),
            ],
            new Citation("L 66 (2025/26)", false), ModelBuilder.Here()));
    }

    /// <summary>
    /// Contact no rule demands (after the fixed course "contact is individual", shared/domain.md):
    /// every 7 weeks (calibrated to seed 002's 2.4 million interviews) from spell week 26, costed
    /// as the regime's Jobsamtale; and meetings raise the exit hazard of those close to the labour
    /// market when behavioural effects are on.
    /// </summary>
    private static void AddPractice(ModelBuilder m, RegimeInfo lab)
    {
        var benefit = lab.FactSlot("benefit");
        var readiness = lab.FactSlot("readiness");
        var employed = lab.FactSlot("employed");
        var contacted = Mask(m, "benefit", "Dagpenge", "Kontanthjaelp", "Overgangsydelse", "Uddannelseshjaelp", "Jobafklaring", "Ressourceforloeb", "Revalidering", "Ledighedsydelse");
        m.Practices.Add(new PracticeInfo("Kontakt", "Individuel kontakt efter det faste forløb",
            m.Condition("benefit in {Dagpenge, Kontanthjaelp, Overgangsydelse, Uddannelseshjaelp, Jobafklaring, Ressourceforloeb, Revalidering, Ledighedsydelse} and not employed",
                (in Citizen c) => ((contacted >> c[benefit]) & 1) != 0 && c[employed] == 0),
            m.Value("Kontakt.interval", ValueKind.Weeks, 7, new Citation("seed 002: 2,4 mio. samtaler (docs/model.md, Calibration)", false),
                new Uncertainty(6, 9, DistributionShape.Triangular), Confidence.Medium, ValueStatus.Calibrated),
            m.Value("Kontakt.from", ValueKind.Weeks, 26, new Citation("Efter 6 måneder er kontakten individuel (shared/domain.md)", true),
                new Uncertainty(20, 30, DistributionShape.Triangular), Confidence.Medium),
            "Jobsamtale", new Citation("shared/domain.md: efter det faste forløb er kontakten individuel", false), ModelBuilder.Here()));

        var close = Mask(m, "readiness", "Jobparat", "Uddannelsesparat");
        var closeBenefits = Mask(m, "benefit", "Dagpenge", "Kontanthjaelp", "Overgangsydelse", "Uddannelseshjaelp", "Selvforsoergende");
        var effect = new Citation("IZA DP 6970 (2012): samtaler hver 14. dag øger beskæftigelsen ca. 10 %; Maibom, Rosholm & Svarer (2017): individuelle samtaler virker; størrelsen antaget", true);
        m.Effects.Add(new EffectInfo("Moedeeffekt", "Samtaler øger afgangen fra ydelse",
            m.Condition("readiness in {Jobparat, Uddannelsesparat} and benefit in {Dagpenge, Kontanthjaelp, Overgangsydelse, Uddannelseshjaelp, Selvforsoergende}",
                (in Citizen c) => ((close >> c[readiness]) & 1) != 0 && ((closeBenefits >> c[benefit]) & 1) != 0),
            EventKind.Meeting,
            m.Value("Moedeeffekt.multiplier", ValueKind.Multiplier, 1.15, effect, new Uncertainty(1.05, 1.30, DistributionShape.Triangular), Confidence.Low),
            m.Value("Moedeeffekt.weeks", ValueKind.Weeks, 4, effect, new Uncertainty(2, 8, DistributionShape.Triangular), Confidence.Low),
            effect));
    }

    /// <summary>The members as one bit each, so a condition "fact in {…}" is a shift and a mask, as the generated code tests it.</summary>
    private static ulong Mask(ModelBuilder m, string fact, params string[] members) =>
        members.Aggregate(0UL, (mask, member) => mask | (1UL << m.Member(fact, member)));

    /// <summary>The hourly rate is the law's (derived from seed 002 in Lab2019.rules); hours per FTE and the calibration targets are the model's.</summary>
    private static void AddCostsAndTargets(ModelBuilder m)
    {
        m.Costs = new CostModelInfo(ModelOperand.FromLaw("SagsbehandlerTimepris"),
            m.Value("cost.fte", ValueKind.Hours, 1628, new Citation("37 timer × 44 uger (52 uger minus 6 ugers ferie og helligdage og 2 ugers sygdom, uddannelse og interne møder)", true),
                new Uncertainty(1500, 1750, DistributionShape.Triangular), Confidence.Medium));
        var seed002 = new Citation("002_ad77745417575c2e.txt", false);
        var year = new DateOnly(2024, 1, 1);
        m.Targets.Add(new TargetInfo("Samtaler", "interviews", 2_400_000, 0.10, "Kontaktforloeb2024", year, 52, seed002, ModelBuilder.Here()));
        m.Targets.Add(new TargetInfo("SamtaleUdgift", "interviews.dkk", 1_800_000_000, 0.10, "Kontaktforloeb2024", year, 52, seed002, ModelBuilder.Here()));
        m.Targets.Add(new TargetInfo("Sagsaar", "case.years", 640_300, 0.15, "Kontaktforloeb2024", year, 52,
            new Citation("DST 2023 (shared/domain.md): 640.300 helårspersoner på de ydelser, modellen dækker", false), ModelBuilder.Here()));
    }
}
