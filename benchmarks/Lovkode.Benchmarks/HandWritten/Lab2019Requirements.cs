using Lovkode.Runtime;
using static Lovkode.Benchmarks.HandWritten.HandWrittenLab2019;

namespace Lovkode.Benchmarks.HandWritten;

/// <summary>The requirements (proceskrav) of Lab2019.rules, in declaration order.</summary>
internal static class Lab2019Requirements
{
    private static readonly int[] Nr1To10 =
    [
        Group.Dagpenge, Group.JobparatKontant, Group.AktivitetsparatKontant, Group.Uddannelsesparat, Group.AktivitetsparatUddannelse,
        Group.Sygedagpenge, Group.Jobafklaring, Group.Ressourceforloeb, Group.Fleksjob, Group.Revalidering,
    ];

    private static RequirementInfo R(int index, string name, EventKind kind, string title, int actor, int channel, int[] groups, string schedule, string citation) =>
        new(name, index, kind, title, actor, channel, groups, schedule, null, null, Cited(citation));

    public static readonly RequirementInfo[] All =
    [
        R(Requirement.Cv, "Cv", EventKind.Task, "Cv-oplysninger på Jobnet", Actor.Borger, Channel.Digital,
            Nr1To10, "once within CvFrist weeks", "LBI § 22, stk. 1, og § 23, stk. 1 (LBK 701/2022)"),
        R(Requirement.CvSamtale, "CvSamtale", EventKind.Meeting, "A-kassens cv-samtale", Actor.AKasse, Channel.Fremmoede,
            [Group.Dagpenge], "once within CvSamtaleFrist weeks", "Bekendtgørelse om en a-kasses pligt til at vejlede m.v. (hjemmel i LAF § 91)"),
        R(Requirement.Jobsamtale, "Jobsamtale", EventKind.Meeting, "Individuelle jobsamtaler de første 6 måneder", Actor.Jobcenter, Channel.Fremmoede,
            Nr1To10.Where(g => g != Group.Sygedagpenge).ToArray(), "JobsamtalerAntal times within weeks 0..26", "LBI § 31, stk. 1 og 3; § 33"),
        R(Requirement.FaellesSamtaleTidlig, "FaellesSamtaleTidlig", EventKind.Meeting, "Fælles jobsamtale med a-kassen, senest 3 måneder", Actor.Jobcenter,
            Channel.Fremmoede, [Group.Dagpenge], "once within FaellesSamtaleTidligFrist weeks", "LBI § 31, stk. 2, nr. 1"),
        R(Requirement.FaellesSamtaleSen, "FaellesSamtaleSen", EventKind.Meeting, "Fælles jobsamtale med a-kassen, mellem 3 og 6 måneder", Actor.Jobcenter,
            Channel.Fremmoede, [Group.Dagpenge], "once within FaellesSamtaleSenFrist weeks", "LBI § 31, stk. 2, nr. 2"),
        R(Requirement.AKasseFaellesSamtaleSen, "AKasseFaellesSamtaleSen", EventKind.Task, "A-kassens deltagelse i den fælles samtale mellem 3 og 6 måneder",
            Actor.AKasse, Channel.Fremmoede, [Group.Dagpenge], "once within FaellesSamtaleSenFrist weeks", "LBI § 31, stk. 2"),
        R(Requirement.FaellesSamtale16Mdr, "FaellesSamtale16Mdr", EventKind.Meeting, "Fælles jobsamtale senest ved 16 måneders ledighed", Actor.Jobcenter,
            Channel.Fremmoede, [Group.Dagpenge], "once after FaellesSamtale16Uger cumulative weeks", "LBI § 32, stk. 2"),
        R(Requirement.AKasseFaellesSamtale16Mdr, "AKasseFaellesSamtale16Mdr", EventKind.Task, "A-kassens deltagelse i den fælles samtale ved 16 måneder",
            Actor.AKasse, Channel.Fremmoede, [Group.Dagpenge], "once after FaellesSamtale16Uger cumulative weeks", "LBI § 32, stk. 2"),
        R(Requirement.Raadighedssamtale, "Raadighedssamtale", EventKind.Meeting, "A-kassens rådighedssamtaler", Actor.AKasse, Channel.Fremmoede,
            [Group.Dagpenge], "every RaadighedssamtaleInterval weeks from week 12 until week 26", "BEK nr. 808 af 23/06/2017 om rådighed, § 11"),
        R(Requirement.Joblog, "Joblog", EventKind.Task, "Ugentlig registrering af jobsøgning i joblog", Actor.Borger, Channel.Digital,
            [Group.Dagpenge, Group.JobparatKontant], "every 1 weeks from week 0", "Rådighedsreglerne; aktivloven § 13"),
        R(Requirement.RetOgPligt, "RetOgPligt", EventKind.Offer, "Ret og pligt til tilbud", Actor.Jobcenter, Channel.Fremmoede,
            [Group.Dagpenge, Group.JobparatKontant, Group.AktivitetsparatKontant], "once after RetOgPligtUger cumulative weeks", "LBI § 102, stk. 1 (nummereret som i LBK 280/2024)"),
        R(Requirement.RetOgPligtUnge, "RetOgPligtUnge", EventKind.Offer, "Kontinuerlig ret og pligt til tilbud for unge under 30 uden uddannelse",
            Actor.Jobcenter, Channel.Fremmoede, [Group.Uddannelsesparat, Group.AktivitetsparatUddannelse], "every TilbudspauseUnge weeks from week 3",
            "LBI, ret og pligt for unge under 30 år uden uddannelse"),
        R(Requirement.SygFoersteSamtale, "SygFoersteSamtale", EventKind.Meeting, "Første opfølgningssamtale med sygemeldte", Actor.Jobcenter,
            Channel.Fremmoede, [Group.Sygedagpenge], "once within SygFoersteSamtaleUge weeks", "Sygedagpengeloven § 13 b, stk. 1 (LBK 1179/2023)"),
        R(Requirement.SygOpfoelgning, "SygOpfoelgning", EventKind.Meeting, "Opfølgning mindst fire gange i det første halve år", Actor.Jobcenter, Channel.TelefonVideo,
            [Group.Sygedagpenge], "SygOpfoelgningerAntal times within weeks 8..26", "Sygedagpengeloven § 13 b, stk. 1 (LBK 1179/2023)"),
        R(Requirement.SygRevurdering, "SygRevurdering", EventKind.Documentation, "Revurdering af retten til sygedagpenge (varighedsbegrænsningen)", Actor.Jobcenter,
            Channel.Digital, [Group.Sygedagpenge], "once after SygRevurderingUger cumulative weeks", "Sygedagpengeloven § 24, stk. 1-2 (LBK 1179/2023)"),
        R(Requirement.MinPlan, "MinPlan", EventKind.Documentation, "»Min Plan« før indsatsen iværksættes", Actor.Jobcenter, Channel.Digital,
            Nr1To10.Where(g => g != Group.Dagpenge).ToArray(), "once within MinPlanFrist weeks", "LBI § 40, stk. 1"),
        R(Requirement.MinPlanDagpenge, "MinPlanDagpenge", EventKind.Documentation, "»Min Plan« for dagpengemodtagere, udarbejdet af a-kassen",
            Actor.AKasse, Channel.Digital, [Group.Dagpenge], "once within MinPlanFrist weeks", "LBI § 40, stk. 1, og § 42"),
        R(Requirement.MinPlanStatus, "MinPlanStatus", EventKind.Documentation, "Løbende og afsluttende status på indsatser i »Min Plan«", Actor.Jobcenter,
            Channel.Digital, Nr1To10, "every MinPlanStatusInterval weeks from week 13", "LBI § 41, stk. 2, nr. 7"),
        R(Requirement.Beskaeftigelsesplan, "Beskaeftigelsesplan", EventKind.Documentation, "Beskæftigelsesplan og resultatrevision (kommunens andel pr. sag)",
            Actor.Jobcenter, Channel.Digital, Nr1To10, "every 52 weeks from week 0", "Lov om organisering og understøttelse af beskæftigelsesindsatsen"),
    ];

    /// <summary>The quotas: the first joint interview only for the share that needs it, the a-kasse's attendance at the later ones as measured.</summary>
    public static readonly QuotaInfo[] Quotas =
    [
        new(Requirement.FaellesSamtaleTidlig, Operand.Param(Parameter.FaellesSamtaleTidligAndel), [Group.Dagpenge], 0, 13, Cited("LBI § 31, stk. 2, nr. 1")),
        new(Requirement.AKasseFaellesSamtaleSen, Operand.Param(Parameter.AKasseDeltagelseFaellesSen), [Group.Dagpenge], 13, 26, Cited("bm.dk 24.9.2018")),
        new(Requirement.AKasseFaellesSamtale16Mdr, Operand.Param(Parameter.AKasseDeltagelseFaelles16Mdr), [Group.Dagpenge], 0, 70, Cited("bm.dk 24.9.2018")),
    ];
}
