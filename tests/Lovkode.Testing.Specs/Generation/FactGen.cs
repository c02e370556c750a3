using FsCheck;
using FsCheck.Fluent;
using Lovkode.Testing.Specs.Model;
using G = FsCheck.Fluent.Gen;

namespace Lovkode.Testing.Specs.Generation;

/// <summary>
/// A random domain's facts: bools, whole numbers with a random range, enums of 2 to 6
/// members, dates with a random range. Names carry the fact's position, so they are unique and
/// never a keyword.
/// </summary>
public static class FactGen
{
    private static readonly string[] Stems = ["alder", "ledig", "status", "dato", "ydelse", "parat", "uddannet", "boern", "frist", "indtaegt"];
    private static readonly string[] MemberStems = ["Dagpenge", "Kontant", "Sygdom", "Ingen", "Fleks", "Ressource", "Ledig", "Job"];

    public static readonly int FirstDay = new DateOnly(2000, 1, 1).DayNumber;
    public static readonly int LastDay = new DateOnly(2040, 12, 31).DayNumber;

    /// <summary>
    /// Names that are valid in .rules but are also C# keywords or names the generated code
    /// declares itself (Emit/GeneratedNames.cs): fact i may take HazardFacts[i], an enum
    /// HazardEnums[i], a member HazardMembers[m]. Each list has distinct entries, so names stay unique.
    /// </summary>
    private static readonly string[] HazardFacts = ["Slots", "Check", "int", "Metadata", "value", "FactCount"];
    private static readonly string[] HazardEnums = ["Slots", "FactCount", "CreateCitizen", "Check", "GetAlder0", "string"];
    private static readonly string[] HazardMembers = ["value__", "class", "int", "Slots", "None", "default"];

    public static Gen<IReadOnlyList<FactModel>> Facts(string domainName) =>
        from n in G.Choose(1, 6)
        from kinds in G.ArrayOf(Fact(), n)
        from hazards in G.ArrayOf(G.Frequency((6, G.Constant(0)), (1, G.Constant(1)), (1, G.Constant(2)), (1, G.Constant(3))), n)
        select (IReadOnlyList<FactModel>)kinds.Select((f, i) => Named(f, i, hazards[i], domainName)).ToList();

    private static FactModel Named(FactModel f, int i, int hazard, string domainName) => f with
    {
        Name = hazard == 1 ? HazardFacts[i] : Stems[i % Stems.Length] + i,
        Members = f.Members.Select((_, m) => hazard == 2 ? HazardMembers[m] : MemberStems[m % MemberStems.Length] + i + (m >= MemberStems.Length ? "x" + m : "")).ToList(),
        // The domain's own name for the first enum, a reserved one for the others.
        EnumOverride = hazard == 3 ? (i == 0 ? domainName : HazardEnums[i]) : null,
    };

    private static Gen<FactModel> Fact() =>
        from kind in G.Elements(Enum.GetValues<FactKind>())
        from title in G.Elements<string?>(null, "Et faktum", "Alder i år", "Har \"uddannelse\" \\ ja/nej", "Første kontakt — æøå")
        from range in Range(kind)
        select new FactModel("", kind, range.Min, range.Max, title, Enumerable.Repeat("", kind == FactKind.Enum ? range.Max + 1 : 0).ToList());

    private static Gen<(int Min, int Max)> Range(FactKind kind) => kind switch
    {
        FactKind.Bool => G.Constant((0, 1)),
        FactKind.Enum => G.Choose(1, 5).Select(max => (0, max)),
        FactKind.Number => from min in G.Frequency((2, G.Constant(0)), (1, G.Choose(0, 50)))
                           from width in G.Choose(1, 120)
                           select (min, min + width),
        _ => from min in G.Choose(FirstDay, FirstDay + (20 * 365))
             from width in G.Choose(30, 20 * 365)
             select (min, Math.Min(min + width, LastDay)),
    };
}
