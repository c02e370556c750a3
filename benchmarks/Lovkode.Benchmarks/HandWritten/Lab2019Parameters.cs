using Lovkode.Runtime;
using static Lovkode.Benchmarks.HandWritten.HandWrittenLab2019;

namespace Lovkode.Benchmarks.HandWritten;

/// <summary>The parameters of Lab2019.rules with their cited values, in declaration order.</summary>
internal static class Lab2019Parameters
{
    private static ParameterInfo One(int index, string name, ParameterUnit unit, double value, Citation citation) =>
        new(name, index, unit, name, [new ParameterValueInfo(-1, value, null, null, citation)]);

    public static readonly ParameterInfo[] All =
    [
        new("CvFrist", Parameter.CvFrist, ParameterUnit.Weeks, "Frist for cv på Jobnet",
        [
            new(Group.Dagpenge, 2, null, null, Cited("LBI § 23, stk. 1, nr. 1")),
            new(Group.JobparatKontant, 3, null, null, Cited("LBI § 23, stk. 1, nr. 2")),
            new(Group.Uddannelsesparat, 3, null, null, Assumed("LBI § 23, stk. 1, nr. 3, for de åbenlyst uddannelsesparate; antaget for de øvrige")),
            new(Group.Fleksjob, 3, null, null, Cited("LBI § 23, stk. 1, nr. 4")),
            .. new[] { Group.AktivitetsparatKontant, Group.AktivitetsparatUddannelse, Group.Sygedagpenge, Group.Jobafklaring, Group.Ressourceforloeb, Group.Revalidering }
                .Select(g => new ParameterValueInfo(g, 3, null, null, Assumed("LBI § 22 kræver cv, § 23, stk. 1, giver ingen frist; 3 uger antages"))),
        ]),
        One(Parameter.CvSamtaleFrist, "CvSamtaleFrist", ParameterUnit.Weeks, 2, Cited("Bekendtgørelse om en a-kasses pligt til at vejlede m.v. (hjemmel i LAF § 91)")),
        One(Parameter.JobsamtalerAntal, "JobsamtalerAntal", ParameterUnit.Count, 4, Cited("LBI § 31, stk. 1")),
        One(Parameter.FaellesSamtaleTidligFrist, "FaellesSamtaleTidligFrist", ParameterUnit.Weeks, 13, Cited("LBI § 31, stk. 2, nr. 1")),
        One(Parameter.FaellesSamtaleSenFrist, "FaellesSamtaleSenFrist", ParameterUnit.Weeks, 26, Cited("LBI § 31, stk. 2, nr. 2")),
        One(Parameter.FaellesSamtale16Uger, "FaellesSamtale16Uger", ParameterUnit.Weeks, 69, Cited("LBI § 32, stk. 2")),
        One(Parameter.FaellesSamtaleTidligAndel, "FaellesSamtaleTidligAndel", ParameterUnit.Share, 0.55, Assumed("LBI § 31, stk. 2, nr. 1: kun ved behov eller anmodning")),
        One(Parameter.AKasseDeltagelseFaellesSen, "AKasseDeltagelseFaellesSen", ParameterUnit.Share, 0.55, Cited("bm.dk 24.9.2018: Ny opgørelse over fælles jobsamtaler")),
        One(Parameter.AKasseDeltagelseFaelles16Mdr, "AKasseDeltagelseFaelles16Mdr", ParameterUnit.Share, 0.60, Cited("bm.dk 24.9.2018: Ny opgørelse over fælles jobsamtaler")),
        One(Parameter.RaadighedssamtaleInterval, "RaadighedssamtaleInterval", ParameterUnit.Weeks, 13, Cited("BEK nr. 808 af 23/06/2017 om rådighed, § 11")),
        One(Parameter.RetOgPligtUger, "RetOgPligtUger", ParameterUnit.Weeks, 26, Cited("LBI § 102, stk. 1 (nummereret som i LBK 280/2024)")),
        One(Parameter.TilbudMinVarighed, "TilbudMinVarighed", ParameterUnit.Weeks, 2, Cited("LBI § 102, stk. 2 (nummereret som i LBK 280/2024)")),
        new("TilbudspauseUnge", Parameter.TilbudspauseUnge, ParameterUnit.Weeks, "Længste pause mellem tilbud for unge under 30 uden uddannelse",
        [
            new(-1, 4, null, new DateOnly(2022, 1, 1), Cited("LBI, kontinuerlig ret og pligt for unge (LBK 1482/2019)")),
            new(-1, 17, new DateOnly(2022, 1, 1), null, Cited("L 67 (2021/22), 1. delaftale om nytænkning af beskæftigelsesindsatsen")),
        ]),
        One(Parameter.SygFoersteSamtaleUge, "SygFoersteSamtaleUge", ParameterUnit.Weeks, 8, Cited("Sygedagpengeloven § 13 b, stk. 1, 2. pkt. (LBK 1179/2023)")),
        One(Parameter.SygOpfoelgningerAntal, "SygOpfoelgningerAntal", ParameterUnit.Count, 3, Cited("Sygedagpengeloven § 13 b, stk. 1, 1. pkt. (LBK 1179/2023)")),
        One(Parameter.SygRevurderingUger, "SygRevurderingUger", ParameterUnit.Weeks, 26, Cited("Sygedagpengeloven § 24, stk. 1-2 (LBK 1179/2023)")),
        One(Parameter.DagpengePeriode, "DagpengePeriode", ParameterUnit.Weeks, 104, Cited("Lov om arbejdsløshedsforsikring m.v. § 55, stk. 1")),
        One(Parameter.TilgangRessourceforloebRevalidering, "TilgangRessourceforloebRevalidering", ParameterUnit.Share, 1, Cited("LBI § 6, nr. 8 og 10")),
        new("MinPlanFrist", Parameter.MinPlanFrist, ParameterUnit.Weeks, "»Min Plan« udarbejdes, før indsatsen iværksættes",
        [
            new(-1, 2, null, null, Assumed("LBI § 40, stk. 1: uden frist for § 6, nr. 2-10; 2 uger antages")),
            new(Group.Dagpenge, 2, null, null, Cited("LBI § 42")),
        ]),
        One(Parameter.MinPlanStatusInterval, "MinPlanStatusInterval", ParameterUnit.Weeks, 13, Assumed("én status pr. kvartal antages")),
        One(Parameter.JobsoegningerPrUge, "JobsoegningerPrUge", ParameterUnit.Count, 2, Cited("ca.dk: Pligt til rådighed og jobsøgning")),
        One(Parameter.SamtaleMoedeMinutter, "SamtaleMoedeMinutter", ParameterUnit.Minutes, 37.5, Cited("002_ad77745417575c2e.txt")),
        One(Parameter.SamtaleForberedelseMinutter, "SamtaleForberedelseMinutter", ParameterUnit.Minutes, 37.5, Cited("002_ad77745417575c2e.txt")),
        One(Parameter.SamtaleOpfoelgningMinutter, "SamtaleOpfoelgningMinutter", ParameterUnit.Minutes, 37.5, Cited("002_ad77745417575c2e.txt")),
        One(Parameter.FaellesSamtaleMoedeMinutter, "FaellesSamtaleMoedeMinutter", ParameterUnit.Minutes, 75, Cited("002_ad77745417575c2e.txt (2 x 37,5 minutter)")),
        One(Parameter.BorgerSamtaleMinutter, "BorgerSamtaleMinutter", ParameterUnit.Minutes, 90, Assumed("37,5 min samtale + ca. 50 min transport og ventetid")),
        One(Parameter.CvBorgerMinutter, "CvBorgerMinutter", ParameterUnit.Minutes, 60, Assumed("Ingen offentlig kilde")),
        One(Parameter.CvGodkendelseMinutter, "CvGodkendelseMinutter", ParameterUnit.Minutes, 10, Assumed("Ingen offentlig kilde")),
        One(Parameter.JoblogBorgerMinutter, "JoblogBorgerMinutter", ParameterUnit.Minutes, 20, Assumed("Ingen offentlig kilde")),
        One(Parameter.JoblogKontrolMinutter, "JoblogKontrolMinutter", ParameterUnit.Minutes, 3, Assumed("Ingen offentlig kilde; stikprøvevis kontrol")),
        One(Parameter.MinPlanMinutter, "MinPlanMinutter", ParameterUnit.Minutes, 30, Assumed("Ingen offentlig kilde")),
        One(Parameter.MinPlanStatusMinutter, "MinPlanStatusMinutter", ParameterUnit.Minutes, 15, Assumed("Ingen offentlig kilde")),
        One(Parameter.TilbudSagsbehandlingMinutter, "TilbudSagsbehandlingMinutter", ParameterUnit.Minutes, 60, Assumed("Ingen offentlig kilde")),
        One(Parameter.TilbudPris, "TilbudPris", ParameterUnit.Dkk, 10602, Assumed("Loftet for vejledning og opkvalificering (L 77 2025/26)")),
        One(Parameter.SygRevurderingMinutter, "SygRevurderingMinutter", ParameterUnit.Minutes, 120, Assumed("Ingen offentlig kilde")),
        One(Parameter.BeskaeftigelsesplanDkkPrSag, "BeskaeftigelsesplanDkkPrSag", ParameterUnit.Dkk, 6.61, Cited("003_ffae057842fbb6c6.txt / DST 2023")),
        One(Parameter.SamtalerPrAar, "SamtalerPrAar", ParameterUnit.Count, 2_400_000, Cited("002_ad77745417575c2e.txt")),
        One(Parameter.SamtaleUdgiftPrAar, "SamtaleUdgiftPrAar", ParameterUnit.Dkk, 1_800_000_000, Cited("002_ad77745417575c2e.txt")),
        One(Parameter.SagsbehandlerTimepris, "SagsbehandlerTimepris", ParameterUnit.Dkk, 400, Cited("002_ad77745417575c2e.txt (afledt)")),
        One(Parameter.TilsynTaerskel, "TilsynTaerskel", ParameterUnit.Share, 0.80, Cited("003_ffae057842fbb6c6.txt (gældende krav 80 pct.)")),
        One(Parameter.TilsynMoedeMinutter, "TilsynMoedeMinutter", ParameterUnit.Minutes, 1800, Assumed("30 timers mødeaktivitet pr. kommune pr. år")),
        One(Parameter.TilsynRedegoerelseMinutter, "TilsynRedegoerelseMinutter", ParameterUnit.Minutes, 4800, Assumed("80 timers sagsbehandling pr. kommune pr. år")),
        One(Parameter.TilsynEksternSagsgennemgangDkk, "TilsynEksternSagsgennemgangDkk", ParameterUnit.Dkk, 250_000, Assumed("konsulentydelse pr. kommune pr. år")),
    ];
}
