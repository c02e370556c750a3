namespace Lovkode.Simulation.Population;

/// <summary>
/// The benefit mix: a list of cohorts. The simulated persons of a horizon are the stock at its
/// start plus the inflow during it; a person is drawn from cohort c as stock with weight
/// Stock(c) and as inflow with weight WeeklyInflow(c) × weeks.
/// </summary>
public sealed record PopulationComposition(IReadOnlyList<Cohort> Cohorts, string Source)
{
    /// <summary>Real persons over a horizon of <paramref name="weeks"/>: the stock plus its inflow.</summary>
    public double DanishPersons(int weeks) => Cohorts.Sum(c => c.Stock + (c.WeeklyInflow * weeks));

    /// <summary>
    /// Denmark 2023. Stocks in full-time equivalents from Statistics Denmark as quoted in
    /// shared/domain.md ("Caseloads 2023"), with the splits that no public figure gives marked
    /// as assumptions. Hazards are assumptions anchored where a source exists (see docs/model.md).
    /// </summary>
    public static PopulationComposition Denmark2023 { get; } = new(
    [
        new(BenefitKind.Dagpenge, ReadinessKind.Jobparat, 52_000, 0.069, 0.050, 20, 35, 66, 0.80, 0, true,
            "DST 2023: 72,200 net unemployed (H); 72% of them on dagpenge (assumption). Early hazard: 1 in 4 find work within a month (fm.dk 2009, M)."),
        new(BenefitKind.Kontanthjaelp, ReadinessKind.Jobparat, 20_200, 0.030, 0.020, 25, 38, 64, 0.45, 0, true,
            "DST 2023: the rest of the 72,200 net unemployed (H, split assumed); hazards assumed."),
        new(BenefitKind.Kontanthjaelp, ReadinessKind.Aktivitetsparat, 56_000, 0.008, 0.008, 25, 42, 64, 0.30, 0, false,
            "Assumption (L): about two in three kontanthjælp recipients are activity-ready; mean spell about 2.4 years."),
        new(BenefitKind.Overgangsydelse, ReadinessKind.Jobparat, 4_000, 0.015, 0.015, 25, 35, 64, 0.30, 0, true,
            "Assumption (L): small group; hazard as job-ready kontanthjælp."),
        new(BenefitKind.Uddannelseshjaelp, ReadinessKind.Uddannelsesparat, 15_000, 0.030, 0.025, 18, 21, 29, 0, 0, true,
            "Assumption (L): split of about 33,000 on uddannelseshjælp; no qualifying education by definition (LAS § 2)."),
        new(BenefitKind.Uddannelseshjaelp, ReadinessKind.Aktivitetsparat, 18_000, 0.012, 0.012, 18, 22, 29, 0, 0, false,
            "Assumption (L): the activity-ready part of uddannelseshjælp."),
        new(BenefitKind.Sygedagpenge, ReadinessKind.Jobparat, 76_700, 0.080, 0.050, 20, 48, 67, 0.65, 0.80, false,
            "DST 2023: 76,700 FTE (H). 80% sick from a job (assumption; L 66 cites about 70,000 employed with < 26 weeks expected absence). Hazards assumed (mean about 17 weeks)."),
        new(BenefitKind.Jobafklaring, ReadinessKind.Aktivitetsparat, 17_600, 0.015, 0.015, 25, 50, 66, 0.55, 0.20, false,
            "DST Q4 2021: 17,600 (H); mean spell about 1.3 years (assumption)."),
        new(BenefitKind.Ressourceforloeb, ReadinessKind.Aktivitetsparat, 26_000, 0.008, 0.008, 20, 42, 64, 0.35, 0, false,
            "Assumption (M): about 26,000 in ressourceforløb (jobindsats.dk level); mean spell about 2.4 years."),
        new(BenefitKind.Ledighedsydelse, ReadinessKind.Aktivitetsparat, 103_100, 0.003, 0.003, 25, 52, 67, 0.55, 0.85, false,
            "DST: flex-jobs 87,500 (Q2 2023) + ledighedsydelse 15,600 (Q2 2021) (H); 85% in a flex-job = employed."),
        new(BenefitKind.Revalidering, ReadinessKind.Aktivitetsparat, 3_000, 0.015, 0.015, 20, 38, 60, 0.30, 0, false,
            "Assumption (L): a few thousand on revalidering."),
        new(BenefitKind.Foertidspension, ReadinessKind.Aktivitetsparat, 233_700, 0.0015, 0.0015, 25, 56, 67, 0.40, 0, false,
            "DST 2023: 233,700 (H); exits by old-age pension and death, mean about 13 years (assumption)."),
        new(BenefitKind.Selvforsoergende, ReadinessKind.Jobparat, 15_000, 0.080, 0.060, 18, 30, 66, 0.60, 0, true,
            "Assumption (L): self-supporting unemployed registered at a jobcentre; short spells."),
    ], "DST caseloads 2023 via shared/domain.md; splits and hazards as marked");
}
