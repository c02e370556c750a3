namespace Lovkode.Simulation.Population;

/// <summary>
/// Small tables of common Danish names for traces and exports (Bogus has no Danish locale).
/// </summary>
/// <remarks>
/// Source: Statistics Denmark, "Navne i hele befolkningen" (the most frequent first names
/// by sex and surnames, 1 January 2024), the top 25 of each, approximate order. Only names
/// are taken; no frequencies, so picks are uniform over the table.
/// </remarks>
public static class DanishNames
{
    internal static readonly string[] WomenTable =
    [
        "Anne", "Kirsten", "Mette", "Hanne", "Anna", "Helle", "Susanne", "Lene", "Maria", "Marianne",
        "Lone", "Camilla", "Pia", "Louise", "Charlotte", "Bente", "Tina", "Gitte", "Inge", "Karen",
        "Ida", "Emma", "Julie", "Sofie", "Katrine",
    ];

    internal static readonly string[] MenTable =
    [
        "Peter", "Jens", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan", "Niels", "Christian",
        "Martin", "Anders", "Morten", "Jesper", "Mads", "Rasmus", "Hans", "Per", "Jørgen", "Ole",
        "Mikkel", "Kim", "Frederik", "Jacob", "Mathias",
    ];

    internal static readonly string[] SurnamesTable =
    [
        "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
        "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
        "Jacobsen", "Mikkelsen", "Olesen",
    ];

    public static IReadOnlyList<string> Women => WomenTable;

    public static IReadOnlyList<string> Men => MenTable;

    public static IReadOnlyList<string> Surnames => SurnamesTable;
}
