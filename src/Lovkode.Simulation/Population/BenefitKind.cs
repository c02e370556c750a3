namespace Lovkode.Simulation.Population;

/// <summary>
/// The benefits the synthesiser draws. Member names equal the members of the domain's
/// <c>Benefit</c> enum (src/Lovkode.Law/rules/Beskaeftigelse.rules), which is how a person's
/// benefit reaches a regime's <c>benefit</c> fact.
/// </summary>
public enum BenefitKind : byte
{
    /// <summary>Arbejdsløshedsdagpenge (unemployment insurance benefit).</summary>
    Dagpenge,
    /// <summary>Kontanthjælp (cash benefit).</summary>
    Kontanthjaelp,
    /// <summary>Overgangsydelse (transition benefit).</summary>
    Overgangsydelse,
    /// <summary>Uddannelseshjælp (education benefit, under 30 without a qualifying education).</summary>
    Uddannelseshjaelp,
    /// <summary>Sygedagpenge (sickness benefit).</summary>
    Sygedagpenge,
    /// <summary>Ressourceforløbsydelse under jobafklaringsforløb (job clarification).</summary>
    Jobafklaring,
    /// <summary>Ressourceforløbsydelse under ressourceforløb (resource programme).</summary>
    Ressourceforloeb,
    /// <summary>Ledighedsydelse, fleksjob or selvstændighedsstøtte.</summary>
    Ledighedsydelse,
    /// <summary>Revalideringsydelse (rehabilitation).</summary>
    Revalidering,
    /// <summary>Førtidspension (disability pension).</summary>
    Foertidspension,
    /// <summary>Selvforsørgende ledig (self-supporting unemployed).</summary>
    Selvforsoergende,
    /// <summary>No benefit and not unemployed: after an exit.</summary>
    Ingen,
}

/// <summary>The domain's <c>Readiness</c> enum (visitation category).</summary>
public enum ReadinessKind : byte
{
    Jobparat,
    Aktivitetsparat,
    Uddannelsesparat,
}
