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
    public const int Cv = 0, CvSamtale = 1, Jobsamtale = 2, FaellesSamtaleTidlig = 3, FaellesSamtaleSen = 4, FaellesSamtale16Mdr = 5,
        Raadighedssamtale = 6, Joblog = 7, RetOgPligt = 8, RetOgPligtUnge = 9, SygFoersteSamtale = 10, SygOpfoelgning = 11,
        SygRevurdering = 12, MinPlan = 13, MinPlanDagpenge = 14, MinPlanStatus = 15, Beskaeftigelsesplan = 16;

    public const int Count = 17;
}

internal static class Parameter
{
    public const int CvFrist = 0, CvSamtaleFrist = 1, JobsamtalerAntal = 2, FaellesSamtaleTidligFrist = 3, FaellesSamtaleSenFrist = 4,
        FaellesSamtale16Uger = 5, RaadighedssamtaleInterval = 6, RetOgPligtUger = 7, TilbudMinVarighed = 8, TilbudspauseUnge = 9,
        SygFoersteSamtaleUge = 10, SygOpfoelgningInterval = 11, SygRevurderingUger = 12, MinPlanFrist = 13, MinPlanStatusInterval = 14,
        JobsoegningerPrUge = 15, SamtaleMoedeMinutter = 16, SamtaleForberedelseMinutter = 17, SamtaleOpfoelgningMinutter = 18,
        FaellesSamtaleMoedeMinutter = 19, BorgerSamtaleMinutter = 20, CvBorgerMinutter = 21, CvGodkendelseMinutter = 22,
        JoblogBorgerMinutter = 23, JoblogKontrolMinutter = 24, MinPlanMinutter = 25, MinPlanStatusMinutter = 26,
        TilbudSagsbehandlingMinutter = 27, TilbudPris = 28, SygRevurderingMinutter = 29, BeskaeftigelsesplanDkkPrSag = 30,
        SamtalerPrAar = 31, SamtaleUdgiftPrAar = 32, SagsbehandlerTimepris = 33, TilsynTaerskel = 34, TilsynMoedeMinutter = 35,
        TilsynRedegoerelseMinutter = 36, TilsynEksternSagsgennemgangDkk = 37;
}

internal static class Actor
{
    public const int Jobcenter = 0, AKasse = 1, Borger = 2, Styrelse = 3;
}

internal static class Channel
{
    public const int Fremmoede = 0, TelefonVideo = 1, Digital = 2;
}
