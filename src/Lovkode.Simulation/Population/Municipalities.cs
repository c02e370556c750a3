namespace Lovkode.Simulation.Population;

/// <summary>A municipality (kommune): its name in the domain's <c>Kommune</c> enum, its Danish spelling and its population.</summary>
public sealed record Municipality(string Name, string Title, int Inhabitants);

/// <summary>
/// The 98 municipalities since the 2007 structural reform, in the order of the domain's
/// <c>Kommune</c> enum, with approximate populations.
/// </summary>
/// <remarks>
/// Source: Statistics Denmark, table FOLK1A (population on 1 January 2024), rounded to the
/// nearest 500 (1,000 above 100,000) and entered from memory of the published figures:
/// approximate, total about 5.95 million. The simulator only uses the weights, to place
/// persons in municipalities in proportion to population (an assumption: caseloads per
/// inhabitant vary between municipalities, see docs/model.md).
/// </remarks>
public static class Municipalities
{
    public static IReadOnlyList<Municipality> All { get; } =
    [
        new("Albertslund", "Albertslund", 28_000),
        new("Alleroed", "Allerød", 26_500),
        new("Ballerup", "Ballerup", 52_000),
        new("Bornholm", "Bornholm", 39_000),
        new("Broendby", "Brøndby", 39_500),
        new("Dragoer", "Dragør", 14_500),
        new("Egedal", "Egedal", 44_500),
        new("Fredensborg", "Fredensborg", 41_000),
        new("Frederiksberg", "Frederiksberg", 104_000),
        new("Frederikssund", "Frederikssund", 46_000),
        new("Furesoe", "Furesø", 41_500),
        new("Gentofte", "Gentofte", 75_000),
        new("Gladsaxe", "Gladsaxe", 70_000),
        new("Glostrup", "Glostrup", 24_000),
        new("Gribskov", "Gribskov", 41_500),
        new("Halsnaes", "Halsnæs", 31_500),
        new("Helsingoer", "Helsingør", 64_000),
        new("Herlev", "Herlev", 30_000),
        new("Hilleroed", "Hillerød", 53_000),
        new("Hvidovre", "Hvidovre", 54_000),
        new("HoejeTaastrup", "Høje-Taastrup", 52_000),
        new("Hoersholm", "Hørsholm", 25_000),
        new("Ishoej", "Ishøj", 24_000),
        new("Koebenhavn", "København", 660_000),
        new("LyngbyTaarbaek", "Lyngby-Taarbæk", 57_000),
        new("Roedovre", "Rødovre", 41_000),
        new("Rudersdal", "Rudersdal", 57_000),
        new("Taarnby", "Tårnby", 44_000),
        new("Vallensbaek", "Vallensbæk", 17_000),
        new("Faxe", "Faxe", 38_000),
        new("Greve", "Greve", 51_000),
        new("Guldborgsund", "Guldborgsund", 60_000),
        new("Holbaek", "Holbæk", 73_000),
        new("Kalundborg", "Kalundborg", 49_000),
        new("Koege", "Køge", 63_000),
        new("Lejre", "Lejre", 29_000),
        new("Lolland", "Lolland", 40_000),
        new("Naestved", "Næstved", 84_000),
        new("Odsherred", "Odsherred", 33_000),
        new("Ringsted", "Ringsted", 36_000),
        new("Roskilde", "Roskilde", 90_000),
        new("Slagelse", "Slagelse", 80_000),
        new("Solroed", "Solrød", 24_000),
        new("Soroe", "Sorø", 31_000),
        new("Stevns", "Stevns", 24_000),
        new("Vordingborg", "Vordingborg", 46_000),
        new("Assens", "Assens", 41_000),
        new("Billund", "Billund", 27_000),
        new("Esbjerg", "Esbjerg", 116_000),
        new("Fanoe", "Fanø", 3_500),
        new("Fredericia", "Fredericia", 52_000),
        new("FaaborgMidtfyn", "Faaborg-Midtfyn", 52_000),
        new("Haderslev", "Haderslev", 55_000),
        new("Kerteminde", "Kerteminde", 24_000),
        new("Kolding", "Kolding", 95_000),
        new("Langeland", "Langeland", 12_000),
        new("Middelfart", "Middelfart", 40_000),
        new("Nordfyns", "Nordfyns", 30_000),
        new("Nyborg", "Nyborg", 32_000),
        new("Odense", "Odense", 207_000),
        new("Svendborg", "Svendborg", 59_000),
        new("Soenderborg", "Sønderborg", 74_000),
        new("Toender", "Tønder", 37_000),
        new("Varde", "Varde", 50_000),
        new("Vejen", "Vejen", 43_000),
        new("Vejle", "Vejle", 121_000),
        new("Aeroe", "Ærø", 6_000),
        new("Aabenraa", "Aabenraa", 59_000),
        new("Favrskov", "Favrskov", 49_000),
        new("Hedensted", "Hedensted", 47_000),
        new("Herning", "Herning", 90_000),
        new("Holstebro", "Holstebro", 59_000),
        new("Horsens", "Horsens", 97_000),
        new("IkastBrande", "Ikast-Brande", 42_000),
        new("Lemvig", "Lemvig", 19_500),
        new("Norddjurs", "Norddjurs", 37_000),
        new("Odder", "Odder", 24_000),
        new("Randers", "Randers", 100_000),
        new("RingkoebingSkjern", "Ringkøbing-Skjern", 56_000),
        new("Samsoe", "Samsø", 3_700),
        new("Silkeborg", "Silkeborg", 100_000),
        new("Skanderborg", "Skanderborg", 64_000),
        new("Skive", "Skive", 46_000),
        new("Struer", "Struer", 20_500),
        new("Syddjurs", "Syddjurs", 44_000),
        new("Viborg", "Viborg", 98_000),
        new("Aarhus", "Aarhus", 365_000),
        new("Broenderslev", "Brønderslev", 36_000),
        new("Frederikshavn", "Frederikshavn", 59_000),
        new("Hjoerring", "Hjørring", 64_000),
        new("Jammerbugt", "Jammerbugt", 38_000),
        new("Laesoe", "Læsø", 1_750),
        new("Mariagerfjord", "Mariagerfjord", 42_000),
        new("Morsoe", "Morsø", 20_000),
        new("Rebild", "Rebild", 31_000),
        new("Thisted", "Thisted", 43_000),
        new("Vesthimmerlands", "Vesthimmerlands", 36_000),
        new("Aalborg", "Aalborg", 222_000),
    ];

    public static int IndexOf(string name)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Name == name) return i;
        }
        return -1;
    }
}
