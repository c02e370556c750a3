using FsCheck;
using FsCheck.Fluent;
using Lovkode.Cli.Tests.Equivalence.Model;
using G = FsCheck.Fluent.Gen;

namespace Lovkode.Cli.Tests.Equivalence.Generation;

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

    public static Gen<IReadOnlyList<FactModel>> Facts() =>
        G.Choose(1, 6).SelectMany(n => G.ArrayOf(Fact(), n))
            .Select(kinds => (IReadOnlyList<FactModel>)kinds.Select((f, i) => Named(f, i)).ToList());

    private static FactModel Named(FactModel f, int i) => f with
    {
        Name = Stems[i % Stems.Length] + i,
        Members = f.Members.Select((_, m) => MemberStems[m % MemberStems.Length] + i + (m >= MemberStems.Length ? "x" + m : "")).ToList(),
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
