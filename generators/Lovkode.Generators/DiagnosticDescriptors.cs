namespace Lovkode.Generators;

/// <summary>
/// The LK catalogue (Lovkode.Spec.Diagnostics.DiagnosticDescriptors) as static Roslyn
/// descriptors, one per id, category "Lovkode". The fields themselves are generated at build
/// time from the catalogue by generators/Lovkode.Generators.Descriptors, with the catalogue's
/// field names, message formats and hints, and a help link to docs/diagnostics.md.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    public const string Category = "Lovkode";
}
