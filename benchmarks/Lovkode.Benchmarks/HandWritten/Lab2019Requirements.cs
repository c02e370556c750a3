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
            [Group.Dagpenge, Group.JobparatKontant, Group.Uddannelsesparat, Group.Fleksjob], "once within CvFrist weeks", "LBI §§ 22-23"),
        R(Requirement.CvSamtale, "CvSamtale", EventKind.Meeting, "A-kassens cv-samtale", Actor.AKasse, Channel.Fremmoede,
            [Group.Dagpenge], "once within CvSamtaleFrist weeks", "LBI § 25"),
        R(Requirement.Jobsamtale, "Jobsamtale", EventKind.Meeting, "Individuelle jobsamtaler de første 6 måneder", Actor.Jobcenter, Channel.Fremmoede,
            Nr1To10.Where(g => g != Group.Sygedagpenge).ToArray(), "JobsamtalerAntal times within weeks 0..26", "LBI § 31, stk. 1 og 3; § 33"),
        R(Requirement.FaellesSamtaleTidlig, "FaellesSamtaleTidlig", EventKind.Meeting, "Fælles jobsamtale med a-kassen, senest 3 måneder", Actor.Jobcenter,
            Channel.Fremmoede, [Group.Dagpenge], "once within FaellesSamtaleTidligFrist weeks", "LBI § 31, stk. 2, nr. 1"),
        R(Requirement.FaellesSamtaleSen, "FaellesSamtaleSen", EventKind.Meeting, "Fælles jobsamtale med a-kassen, mellem 3 og 6 måneder", Actor.Jobcenter,
            Channel.Fremmoede, [Group.Dagpenge], "once within FaellesSamtaleSenFrist weeks", "LBI § 31, stk. 2, nr. 2"),
        R(Requirement.FaellesSamtale16Mdr, "FaellesSamtale16Mdr", EventKind.Meeting, "Fælles jobsamtale senest ved 16 måneders ledighed", Actor.Jobcenter,
            Channel.Fremmoede, [Group.Dagpenge], "once after FaellesSamtale16Uger cumulative weeks", "LBI § 32, stk. 2"),
        R(Requirement.Raadighedssamtale, "Raadighedssamtale", EventKind.Meeting, "A-kassens rådighedssamtaler", Actor.AKasse, Channel.Fremmoede,
            [Group.Dagpenge], "every RaadighedssamtaleInterval weeks from week 12 until week 26", "star.dk: Det fælles og intensiverede kontaktforløb"),
        R(Requirement.Joblog, "Joblog", EventKind.Task, "Ugentlig registrering af jobsøgning i joblog", Actor.Borger, Channel.Digital,
            [Group.Dagpenge, Group.JobparatKontant], "every 1 weeks from week 0", "Rådighedsreglerne; aktivloven § 13"),
        R(Requirement.RetOgPligt, "RetOgPligt", EventKind.Offer, "Ret og pligt til tilbud", Actor.Jobcenter, Channel.Fremmoede,
            [Group.Dagpenge, Group.JobparatKontant, Group.AktivitetsparatKontant], "once after RetOgPligtUger cumulative weeks", "LBI § 102, stk. 1 (nummereret som i LBK 280/2024)"),
        R(Requirement.RetOgPligtUnge, "RetOgPligtUnge", EventKind.Offer, "Kontinuerlig ret og pligt til tilbud for unge under 30 uden uddannelse",
            Actor.Jobcenter, Channel.Fremmoede, [Group.Uddannelsesparat, Group.AktivitetsparatUddannelse], "every TilbudspauseUnge weeks from week 3",
            "LBI, ret og pligt for unge under 30 år uden uddannelse"),
        R(Requirement.SygFoersteSamtale, "SygFoersteSamtale", EventKind.Meeting, "Første opfølgningssamtale med sygemeldte", Actor.Jobcenter,
            Channel.Fremmoede, [Group.Sygedagpenge], "once within SygFoersteSamtaleUge weeks", "Sygedagpengeloven § 13"),
        R(Requirement.SygOpfoelgning, "SygOpfoelgning", EventKind.Meeting, "Løbende opfølgning mindst hver 4. uge", Actor.Jobcenter, Channel.TelefonVideo,
            [Group.Sygedagpenge], "every SygOpfoelgningInterval weeks from week 11", "Sygedagpengeloven § 13"),
        R(Requirement.SygRevurdering, "SygRevurdering", EventKind.Documentation, "Revurdering af retten til sygedagpenge efter 22 uger", Actor.Jobcenter,
            Channel.Digital, [Group.Sygedagpenge], "once after SygRevurderingUger cumulative weeks", "Sygedagpengeloven § 24"),
        R(Requirement.MinPlan, "MinPlan", EventKind.Documentation, "»Min Plan« før indsatsen iværksættes", Actor.Jobcenter, Channel.Digital,
            Nr1To10.Where(g => g != Group.Dagpenge).ToArray(), "once within MinPlanFrist weeks", "LBI § 40, stk. 1"),
        R(Requirement.MinPlanDagpenge, "MinPlanDagpenge", EventKind.Documentation, "»Min Plan« for dagpengemodtagere, udarbejdet af a-kassen",
            Actor.AKasse, Channel.Digital, [Group.Dagpenge], "once within MinPlanFrist weeks", "LBI § 40, stk. 1, og § 42"),
        R(Requirement.MinPlanStatus, "MinPlanStatus", EventKind.Documentation, "Løbende og afsluttende status på indsatser i »Min Plan«", Actor.Jobcenter,
            Channel.Digital, Nr1To10, "every MinPlanStatusInterval weeks from week 13", "LBI § 41, stk. 2, nr. 7"),
        R(Requirement.Beskaeftigelsesplan, "Beskaeftigelsesplan", EventKind.Documentation, "Beskæftigelsesplan og resultatrevision (kommunens andel pr. sag)",
            Actor.Jobcenter, Channel.Digital, Nr1To10, "every 52 weeks from week 0", "Lov om organisering og understøttelse af beskæftigelsesindsatsen"),
    ];
}
