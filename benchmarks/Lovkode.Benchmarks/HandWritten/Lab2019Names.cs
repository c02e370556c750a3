namespace Lovkode.Benchmarks.HandWritten;

/// <summary>
/// The numbers the hand-written Lab2019 works with, written out by hand from
/// src/Lovkode.Law/rules/Beskaeftigelse.rules and Lab2019.rules: fact slots and enum ordinals in
/// declaration order, groups, requirements and parameters in declaration order.
/// </summary>
internal static class Fact
{
    public const int Benefit = 0, Readiness = 1, Age = 2, Education = 3, Employed = 4, ExpectedAbsenceWeeks = 5, Municipality = 6;
}

internal static class Benefit
{
    public const int Dagpenge = 0, Kontanthjaelp = 1, Overgangsydelse = 2, Uddannelseshjaelp = 3, Sygedagpenge = 4, Jobafklaring = 5,
        Ressourceforloeb = 6, Ledighedsydelse = 7, Revalidering = 8, Foertidspension = 9, Selvforsoergende = 10, Ingen = 11;
}

internal static class Readiness
{
    public const int Jobparat = 0, Aktivitetsparat = 1, Uddannelsesparat = 2;
}

/// <summary>Target groups of LBI § 6, in the order Lab2019.rules declares them.</summary>
internal static class Group
{
    public const int IkkeOmfattet = 0, Dagpenge = 1, JobparatKontant = 2, AktivitetsparatKontant = 3, Uddannelsesparat = 4,
        AktivitetsparatUddannelse = 5, Sygedagpenge = 6, Jobafklaring = 7, Ressourceforloeb = 8, Fleksjob = 9, Revalidering = 10,
        Foertidspension = 11, Selvforsoergende = 12, Under18 = 13;

    public const int Count = 14;
}

internal static class Requirement
{
    public const int Cv = 0, CvSamtale = 1, Jobsamtale = 2, FaellesSamtaleTidlig = 3, FaellesSamtaleSen = 4, AKasseFaellesSamtaleSen = 5,
        FaellesSamtale16Mdr = 6, AKasseFaellesSamtale16Mdr = 7, Raadighedssamtale = 8, Joblog = 9, RetOgPligt = 10, RetOgPligtUnge = 11,
        SygFoersteSamtale = 12, SygOpfoelgning = 13, SygRevurdering = 14, MinPlan = 15, MinPlanDagpenge = 16, MinPlanStatus = 17,
        Beskaeftigelsesplan = 18;

    public const int Count = 19;
}

internal static class Parameter
{
    public const int CvFrist = 0, CvSamtaleFrist = 1, JobsamtalerAntal = 2, FaellesSamtaleTidligFrist = 3, FaellesSamtaleSenFrist = 4,
        FaellesSamtale16Uger = 5, FaellesSamtaleTidligAndel = 6, AKasseDeltagelseFaellesSen = 7, AKasseDeltagelseFaelles16Mdr = 8,
        RaadighedssamtaleInterval = 9, RetOgPligtUger = 10, TilbudMinVarighed = 11, TilbudspauseUnge = 12, SygFoersteSamtaleUge = 13,
        SygOpfoelgningerAntal = 14, SygRevurderingUger = 15, DagpengePeriode = 16, TilgangRessourceforloebRevalidering = 17,
        MinPlanFrist = 18, MinPlanStatusInterval = 19, JobsoegningerPrUge = 20, SamtaleMoedeMinutter = 21, SamtaleForberedelseMinutter = 22,
        SamtaleOpfoelgningMinutter = 23, FaellesSamtaleMoedeMinutter = 24, BorgerSamtaleMinutter = 25, CvBorgerMinutter = 26,
        CvGodkendelseMinutter = 27, JoblogBorgerMinutter = 28, JoblogKontrolMinutter = 29, MinPlanMinutter = 30, MinPlanStatusMinutter = 31,
        TilbudSagsbehandlingMinutter = 32, TilbudPris = 33, SygRevurderingMinutter = 34, BeskaeftigelsesplanDkkPrSag = 35,
        SamtalerPrAar = 36, SamtaleUdgiftPrAar = 37, SagsbehandlerTimepris = 38, TilsynTaerskel = 39, TilsynMoedeMinutter = 40,
        TilsynRedegoerelseMinutter = 41, TilsynEksternSagsgennemgangDkk = 42;
}

internal static class Actor
{
    public const int Jobcenter = 0, AKasse = 1, Borger = 2, Styrelse = 3;
}

internal static class Channel
{
    public const int Fremmoede = 0, TelefonVideo = 1, Digital = 2;
}
