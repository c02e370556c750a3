namespace Lovkode.Spec.Diagnostics;

/// <summary>Emit and the source generator: LK0150–LK0159.</summary>
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor InternalError = new(
        "LK0150", "Internal error in the Lovkode generator", Severity.Error,
        "The Lovkode generator failed on {0}: {1}",
        "This is a bug in Lovkode, not in your rules: report it with the .rules files that cause it. No code was generated for them.");

    public static readonly DiagnosticDescriptor CannotEmit = new(
        "LK0151", "Rules cannot be turned into safe C#", Severity.Error,
        "{0} was not generated: {1}",
        "Names must be ASCII letters, digits and _, starting with a letter (docs/spec-language.md); rename the declaration.");
}
