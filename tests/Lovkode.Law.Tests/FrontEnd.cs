using Lovkode.Spec;

namespace Lovkode.Law.Tests;

/// <summary>The law compiled once by the real front end (Syntax, Binding, Analysis).</summary>
internal static class FrontEnd
{
    public static readonly string[] RegimeNames =
    [
        "Lab2019", "Forenkling2022", "Kontaktforloeb2024", "Velfaerdskommune2023", "Ekspertgruppe2024", "Reform2026",
    ];

    private static readonly Lazy<SpecCompilation> LazyCompilation = new(() => SpecCompiler.Compile(LawSources.Embedded));

    public static SpecCompilation Compilation => LazyCompilation.Value;

    /// <summary>
    /// False while the parser in main is the placeholder that reads nothing: then the domain
    /// file itself binds to no domain. Tests that need the bound law are skipped, and say why.
    /// </summary>
    public static bool IsAvailable => Compilation.FindDomain("Beskaeftigelse") is not null || Compilation.Diagnostics.Count > 0;

    public const string NotAvailable = "The .rules front end (Syntax and Binding) is not in main yet: SpecCompiler reads nothing.";
}
