using Lovkode.Runtime;

namespace Lovkode.Benchmarks.HandWritten;

/// <summary>
/// The metadata of Lab2019, transcribed by hand from Lab2019.rules and Beskaeftigelse.rules:
/// the simulator reads facts, groups, requirements and supervision from here, exactly as it
/// reads them from a generated class.
/// </summary>
public sealed partial class HandWrittenLab2019
{
    private static readonly string[] Municipalities =
    [
        "Albertslund", "Alleroed", "Ballerup", "Bornholm", "Broendby", "Dragoer", "Egedal", "Fredensborg",
        "Frederiksberg", "Frederikssund", "Furesoe", "Gentofte", "Gladsaxe", "Glostrup", "Gribskov", "Halsnaes",
        "Helsingoer", "Herlev", "Hilleroed", "Hvidovre", "HoejeTaastrup", "Hoersholm", "Ishoej", "Koebenhavn",
        "LyngbyTaarbaek", "Roedovre", "Rudersdal", "Taarnby", "Vallensbaek", "Faxe", "Greve", "Guldborgsund",
        "Holbaek", "Kalundborg", "Koege", "Lejre", "Lolland", "Naestved", "Odsherred", "Ringsted", "Roskilde",
        "Slagelse", "Solroed", "Soroe", "Stevns", "Vordingborg", "Assens", "Billund", "Esbjerg", "Fanoe",
        "Fredericia", "FaaborgMidtfyn", "Haderslev", "Kerteminde", "Kolding", "Langeland", "Middelfart", "Nordfyns",
        "Nyborg", "Odense", "Svendborg", "Soenderborg", "Toender", "Varde", "Vejen", "Vejle", "Aeroe", "Aabenraa",
        "Favrskov", "Hedensted", "Herning", "Holstebro", "Horsens", "IkastBrande", "Lemvig", "Norddjurs", "Odder",
        "Randers", "RingkoebingSkjern", "Samsoe", "Silkeborg", "Skanderborg", "Skive", "Struer", "Syddjurs",
        "Viborg", "Aarhus", "Broenderslev", "Frederikshavn", "Hjoerring", "Jammerbugt", "Laesoe", "Mariagerfjord",
        "Morsoe", "Rebild", "Thisted", "Vesthimmerlands", "Aalborg",
    ];

    private static readonly FactInfo[] Facts =
    [
        new("benefit", Fact.Benefit, FactKind.Enum, 0, 11,
            ["Dagpenge", "Kontanthjaelp", "Overgangsydelse", "Uddannelseshjaelp", "Sygedagpenge", "Jobafklaring", "Ressourceforloeb",
             "Ledighedsydelse", "Revalidering", "Foertidspension", "Selvforsoergende", "Ingen"], "Ydelsen borgeren modtager"),
        new("readiness", Fact.Readiness, FactKind.Enum, 0, 2, ["Jobparat", "Aktivitetsparat", "Uddannelsesparat"], "Visitationskategori"),
        new("age", Fact.Age, FactKind.Number, 0, 120, [], "Alder i år"),
        new("education", Fact.Education, FactKind.Bool, 0, 1, [], "Har en erhvervskompetencegivende uddannelse"),
        new("employed", Fact.Employed, FactKind.Bool, 0, 1, [], "Er i et ansættelsesforhold"),
        new("expectedAbsenceWeeks", Fact.ExpectedAbsenceWeeks, FactKind.Number, 0, 104, [], "Forventet varighed af sygefraværet i uger"),
        new("municipality", Fact.Municipality, FactKind.Enum, 0, 97, Municipalities, "Bopælskommune"),
    ];

    internal static Citation Cited(string text) => new(text, false);

    internal static Citation Assumed(string text) => new(text, true);

    private static GroupInfo G(string name, int index, string title, string condition, string citation, bool outside = false) =>
        new(name, index, title, outside, condition, [], Cited(citation));

    private static readonly GroupInfo[] Groups =
    [
        G("IkkeOmfattet", Group.IkkeOmfattet, "Ikke omfattet af indsatsen", "age < 15 or (benefit = Ingen and age >= 18)", "LBI § 6 (målgrupperne er udtømmende)", outside: true),
        G("Dagpenge", Group.Dagpenge, "Dagpengemodtagere", "benefit = Dagpenge and age >= 18", "LBI § 6, nr. 1"),
        G("JobparatKontant", Group.JobparatKontant, "Jobparate kontanthjælpsmodtagere", "kontanthjælpssystemet, 30+ eller uddannet, ikke aktivitetsparat", "LBI § 6, nr. 2"),
        G("AktivitetsparatKontant", Group.AktivitetsparatKontant, "Aktivitetsparate kontanthjælpsmodtagere", "kontanthjælpssystemet, 30+ eller uddannet, aktivitetsparat", "LBI § 6, nr. 3"),
        G("Uddannelsesparat", Group.Uddannelsesparat, "Uddannelsesparate uddannelseshjælpsmodtagere", "kontanthjælpssystemet, under 30 uden uddannelse, ikke aktivitetsparat", "LBI § 6, nr. 4"),
        G("AktivitetsparatUddannelse", Group.AktivitetsparatUddannelse, "Aktivitetsparate uddannelseshjælpsmodtagere", "kontanthjælpssystemet, under 30 uden uddannelse, aktivitetsparat", "LBI § 6, nr. 5"),
        G("Sygedagpenge", Group.Sygedagpenge, "Sygedagpengemodtagere", "benefit = Sygedagpenge and age >= 15", "LBI § 6, nr. 6"),
        G("Jobafklaring", Group.Jobafklaring, "Personer i jobafklaringsforløb", "benefit = Jobafklaring and age >= 18", "LBI § 6, nr. 7"),
        G("Ressourceforloeb", Group.Ressourceforloeb, "Personer i ressourceforløb", "benefit = Ressourceforloeb and age >= 18", "LBI § 6, nr. 8"),
        G("Fleksjob", Group.Fleksjob, "Fleksjobvisiterede, ledighedsydelse, selvstændige med tilskud", "benefit = Ledighedsydelse and age >= 18", "LBI § 6, nr. 9"),
        G("Revalidering", Group.Revalidering, "Revalidender", "benefit = Revalidering and age >= 18", "LBI § 6, nr. 10"),
        G("Foertidspension", Group.Foertidspension, "Førtidspensionister", "benefit = Foertidspension and age >= 18", "LBI § 6, nr. 11"),
        G("Selvforsoergende", Group.Selvforsoergende, "Selvforsørgende ledige", "benefit = Selvforsoergende and age >= 18", "LBI § 6, nr. 12"),
        G("Under18", Group.Under18, "Unge under 18 år", "age >= 15 and age < 18 and benefit != Sygedagpenge", "LBI § 6, nr. 13"),
    ];

    private static readonly SupervisionInfo Supervision = new(
        "SkaerpetTilsyn", 0, "Skærpet tilsyn med kommunernes beskæftigelsesindsats", 52, 52, EventKind.Offer,
        Operand.Param(Parameter.TilsynTaerskel),
        [
            new CostItem(CostComponent.Meeting, Operand.Param(Parameter.TilsynMoedeMinutter)),
            new CostItem(CostComponent.Documentation, Operand.Param(Parameter.TilsynRedegoerelseMinutter)),
            new CostItem(CostComponent.Dkk, Operand.Param(Parameter.TilsynEksternSagsgennemgangDkk)),
        ],
        Cited("Lov om organisering og understøttelse af beskæftigelsesindsatsen (skærpet opfølgning)"));

    public static RegimeInfo RegimeInfo { get; } = new(
        "Lab2019", "Lov om en aktiv beskæftigelsesindsats", "Beskaeftigelse", "Lov nr. 548 af 7. maj 2019", new DateOnly(2020, 1, 1), null,
        Cited("LBK nr 701 af 22/05/2022"), Facts, ["Jobcenter", "AKasse", "Borger", "Styrelse"], ["Fremmoede", "TelefonVideo", "Digital"],
        Groups, Lab2019Parameters.All, Lab2019Requirements.All, Lab2019Requirements.Quotas, [Supervision]);
}
