using Microsoft.CodeAnalysis;

namespace Lovkode.Generators.Descriptors;

/// <summary>What stops the catalogue from becoming descriptors. These fail the generator's own build, never a user's.</summary>
internal static class BuildDiagnostics
{
    private const string Category = "LovkodeCatalogue";

    public static readonly DiagnosticDescriptor NotConstant = new(
        "LKC001",
        "Catalogue entry is not constant",
        "The LK catalogue field '{0}' must give its id, title, severity, message format and hint as constants",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The Roslyn descriptors are generated from the catalogue at build time, so each part must be a literal or a const.");

    public static readonly DiagnosticDescriptor DuplicateId = new(
        "LKC002",
        "LK id given twice",
        "The LK id '{0}' is given by both '{1}' and '{2}'",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each LK id belongs to one catalogue field; ids are never reused.");

    public static readonly DiagnosticDescriptor NoHelpUrl = new(
        "LKC003",
        "No help address for the LK ids",
        "The build property LovkodeDiagnosticsHelpUrl is empty, so the LK descriptors would have no help link",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Directory.Build.props sets LovkodeDiagnosticsHelpUrl to docs/diagnostics.md in the repository; each id links to its section.");

    public static readonly DiagnosticDescriptor NotReleased = new(
        "LKC004",
        "LK id missing from the release files",
        "{0} is in the LK catalogue but not in generators/Lovkode.Generators/AnalyzerReleases.Unshipped.md or AnalyzerReleases.Shipped.md: add the line '{0} | Lovkode | {1} | {2}' under '### New Rules' in AnalyzerReleases.Unshipped.md",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Adding an LK id takes one step besides the catalogue entry and its docs/diagnostics.md page: its line in AnalyzerReleases.Unshipped.md.");
}
