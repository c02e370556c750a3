using Lovkode.Runtime;

namespace Lovkode.Law.Interim;

/// <summary>The data tables of the Danish model: inhabitants by municipality, and common names.</summary>
internal static class Danmark2023Tables
{
    /// <summary>
    /// The 98 municipalities in the order of the domain's <c>Kommune</c> enum, with their
    /// populations on 1 January 2024 (Statistics Denmark, FOLK1A), rounded to the nearest 500
    /// (1,000 above 100,000) and entered from memory of the published figures: approximate, total
    /// about 5.95 million. Only the weights are used.
    /// </summary>
    public static readonly (string Member, double Inhabitants)[] Inhabitants =
    [
        ("Albertslund", 28_000), ("Alleroed", 26_500), ("Ballerup", 52_000), ("Bornholm", 39_000),
        ("Broendby", 39_500), ("Dragoer", 14_500), ("Egedal", 44_500), ("Fredensborg", 41_000),
        ("Frederiksberg", 104_000), ("Frederikssund", 46_000), ("Furesoe", 41_500), ("Gentofte", 75_000),
        ("Gladsaxe", 70_000), ("Glostrup", 24_000), ("Gribskov", 41_500), ("Halsnaes", 31_500),
        ("Helsingoer", 64_000), ("Herlev", 30_000), ("Hilleroed", 53_000), ("Hvidovre", 54_000),
        ("HoejeTaastrup", 52_000), ("Hoersholm", 25_000), ("Ishoej", 24_000), ("Koebenhavn", 660_000),
        ("LyngbyTaarbaek", 57_000), ("Roedovre", 41_000), ("Rudersdal", 57_000), ("Taarnby", 44_000),
        ("Vallensbaek", 17_000), ("Faxe", 38_000), ("Greve", 51_000), ("Guldborgsund", 60_000),
        ("Holbaek", 73_000), ("Kalundborg", 49_000), ("Koege", 63_000), ("Lejre", 29_000),
        ("Lolland", 40_000), ("Naestved", 84_000), ("Odsherred", 33_000), ("Ringsted", 36_000),
        ("Roskilde", 90_000), ("Slagelse", 80_000), ("Solroed", 24_000), ("Soroe", 31_000),
        ("Stevns", 24_000), ("Vordingborg", 46_000), ("Assens", 41_000), ("Billund", 27_000),
        ("Esbjerg", 116_000), ("Fanoe", 3_500), ("Fredericia", 52_000), ("FaaborgMidtfyn", 52_000),
        ("Haderslev", 55_000), ("Kerteminde", 24_000), ("Kolding", 95_000), ("Langeland", 12_000),
        ("Middelfart", 40_000), ("Nordfyns", 30_000), ("Nyborg", 32_000), ("Odense", 207_000),
        ("Svendborg", 59_000), ("Soenderborg", 74_000), ("Toender", 37_000), ("Varde", 50_000),
        ("Vejen", 43_000), ("Vejle", 121_000), ("Aeroe", 6_000), ("Aabenraa", 59_000), ("Favrskov", 49_000),
        ("Hedensted", 47_000), ("Herning", 90_000), ("Holstebro", 59_000), ("Horsens", 97_000),
        ("IkastBrande", 42_000), ("Lemvig", 19_500), ("Norddjurs", 37_000), ("Odder", 24_000),
        ("Randers", 100_000), ("RingkoebingSkjern", 56_000), ("Samsoe", 3_700), ("Silkeborg", 100_000),
        ("Skanderborg", 64_000), ("Skive", 46_000), ("Struer", 20_500), ("Syddjurs", 44_000),
        ("Viborg", 98_000), ("Aarhus", 365_000), ("Broenderslev", 36_000), ("Frederikshavn", 59_000),
        ("Hjoerring", 64_000), ("Jammerbugt", 38_000), ("Laesoe", 1_750), ("Mariagerfjord", 42_000),
        ("Morsoe", 20_000), ("Rebild", 31_000), ("Thisted", 43_000), ("Vesthimmerlands", 36_000),
        ("Aalborg", 222_000),
    ];

    public static readonly Citation InhabitantsSource = new("DST FOLK1A, 1. januar 2024 (afrundet)", false);

    /// <summary>Statistics Denmark, "Navne i hele befolkningen" (1 January 2024): the 25 most frequent first names by sex and family names, approximate order.</summary>
    public static NameTablesInfo Names { get; } = new(
    [
        "Anne", "Kirsten", "Mette", "Hanne", "Anna", "Helle", "Susanne", "Lene", "Maria", "Marianne",
        "Lone", "Camilla", "Pia", "Louise", "Charlotte", "Bente", "Tina", "Gitte", "Inge", "Karen",
        "Ida", "Emma", "Julie", "Sofie", "Katrine",
    ],
    [
        "Peter", "Jens", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan", "Niels", "Christian",
        "Martin", "Anders", "Morten", "Jesper", "Mads", "Rasmus", "Hans", "Per", "Jørgen", "Ole",
        "Mikkel", "Kim", "Frederik", "Jacob", "Mathias",
    ],
    [
        "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
        "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
        "Jacobsen", "Mikkelsen", "Olesen",
    ],
    new Citation("DST Navne 2024 (de 25 hyppigste, omtrentlig rækkefølge)", false));
}
