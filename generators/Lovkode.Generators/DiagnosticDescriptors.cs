using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using LK = Lovkode.Spec.Diagnostics;

namespace Lovkode.Generators;

/// <summary>
/// The LK catalog (Lovkode.Spec.Diagnostics.DiagnosticDescriptors) as Roslyn descriptors, one
/// per id, category "Lovkode". The message is formatted by the rule compiler, so each Roslyn
/// descriptor has a single hole; the hint becomes the description. A hint filled from the
/// diagnostic's own arguments (names a group, a unit) cannot be one fixed text: its
/// description points to the id's page instead, never showing a raw placeholder.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string Category = "Lovkode";

    private static readonly Dictionary<string, DiagnosticDescriptor> ById =
        LK.DiagnosticDescriptors.All()
            .GroupBy(d => d.Id)
            .ToDictionary(g => g.Key, g => Create(g.First()));

    public static DiagnosticDescriptor InternalError => Find(LK.DiagnosticDescriptors.InternalError.Id);

    public static DiagnosticDescriptor CannotEmit => Find(LK.DiagnosticDescriptors.CannotEmit.Id);

    public static DiagnosticDescriptor Find(string id) =>
        ById.TryGetValue(id, out var descriptor) ? descriptor : ById[LK.DiagnosticDescriptors.InternalError.Id];

    private static DiagnosticDescriptor Create(LK.DiagnosticDescriptor d) => new(
        d.Id,
        d.Title,
        "{0}",
        Category,
        d.Severity switch
        {
            LK.Severity.Error => DiagnosticSeverity.Error,
            LK.Severity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        },
        isEnabledByDefault: true,
        description: HasPlaceholder(d.Hint) ? $"{d.Title}: docs/diagnostics.md#{d.Id.ToLowerInvariant()} says what to do." : d.Hint);

    private static bool HasPlaceholder(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] == '{' && char.IsDigit(text[i + 1])) return true;
        }
        return false;
    }
}
