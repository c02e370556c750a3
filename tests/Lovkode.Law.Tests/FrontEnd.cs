using Lovkode.Spec;

namespace Lovkode.Law.Tests;

/// <summary>The law compiled once by the real front end (Syntax, Binding, Analysis).</summary>
internal static class FrontEnd
{
    public static readonly string[] RegimeNames =
    [
        "Lab2019", "Forenkling2022", "Kontaktforloeb2024", "Velfaerdskommune2023", "Ekspertgruppe2024", "Sygedagpenge2025",
        "Reform2026", "Hovedlov2027",
    ];

    private static readonly Lazy<SpecCompilation> LazyCompilation = new(() => SpecCompiler.Compile(LawSources.Embedded));

    public static SpecCompilation Compilation => LazyCompilation.Value;
}
