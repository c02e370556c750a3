using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Lovkode.Generators.Descriptors;

/// <summary>The C# of the descriptors: literal arguments only, so Roslyn's release-tracking analyzer can read every id.</summary>
internal static class DescriptorSource
{
    public static string Write(IReadOnlyList<CatalogueEntry> entries, string helpUrl)
    {
        var code = new StringBuilder();
        code.AppendLine("// Generated at build time from the LK catalogue (src/Lovkode.Spec/Diagnostics) by Lovkode.Generators.Descriptors.");
        code.AppendLine("#nullable enable");
        code.AppendLine("// The messages are the catalogue's and are checked there; RS1032 reads the range dots in");
        code.AppendLine("// \"{0} .. {1}\" as the end of a sentence.");
        code.AppendLine("#pragma warning disable RS1032");
        code.AppendLine("using System.Collections.Immutable;");
        code.AppendLine("using Microsoft.CodeAnalysis;");
        code.AppendLine();
        code.AppendLine("namespace Lovkode.Generators;");
        code.AppendLine();
        code.AppendLine("internal static partial class DiagnosticDescriptors");
        code.AppendLine("{");
        foreach (var e in entries)
        {
            code.AppendLine($"    /// <summary>{e.Id}: {Xml(e.Title!)}.</summary>");
            code.AppendLine($"    public static readonly DiagnosticDescriptor {e.Field} = new DiagnosticDescriptor(");
            code.AppendLine($"        {Literal(e.Id!)},");
            code.AppendLine($"        {Literal(e.Title!)},");
            code.AppendLine($"        {Literal(e.Format!)},");
            code.AppendLine("        Category,");
            code.AppendLine($"        DiagnosticSeverity.{Severity(e.Severity!)},");
            code.AppendLine("        isEnabledByDefault: true,");
            code.AppendLine($"        description: {Literal(Description(e))},");
            code.AppendLine($"        helpLinkUri: {Literal(helpUrl + "#" + e.Id!.ToLowerInvariant())});");
            code.AppendLine();
        }
        code.AppendLine("    /// <summary>Every LK descriptor, in id order.</summary>");
        code.Append("    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(");
        code.Append(string.Join(", ", Fields(entries)));
        code.AppendLine(");");
        code.AppendLine();
        code.AppendLine("    /// <summary>The descriptor of an LK id, or null for an id the catalogue does not have.</summary>");
        code.AppendLine("    public static DiagnosticDescriptor? Find(string id) => id switch");
        code.AppendLine("    {");
        foreach (var e in entries) code.AppendLine($"        {Literal(e.Id!)} => {e.Field},");
        code.AppendLine("        _ => null,");
        code.AppendLine("    };");
        code.AppendLine("}");
        return code.ToString();
    }

    private static IEnumerable<string> Fields(IReadOnlyList<CatalogueEntry> entries)
    {
        foreach (var e in entries) yield return e.Field;
    }

    /// <summary>
    /// The hint, which the IDE shows as the description. A hint with holes ({0}) is filled from each
    /// diagnostic's own arguments (it names a group, a unit), so it cannot be one fixed text: the
    /// description then points to the id's page instead of showing a raw placeholder.
    /// </summary>
    public static string Description(CatalogueEntry e) =>
        HasHole(e.Hint!) ? $"{e.Title}: docs/diagnostics.md#{e.Id!.ToLowerInvariant()} says what to do." : e.Hint!;

    /// <summary>Whether the text has a {n} hole (other braces, such as a set "{A, B}", are text).</summary>
    private static bool HasHole(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] != '{' || !char.IsDigit(text[i + 1])) continue;
            var end = i + 1;
            while (end < text.Length && char.IsDigit(text[end])) end++;
            if (end < text.Length && text[end] == '}') return true;
        }
        return false;
    }

    /// <summary>The catalogue's Severity member as Roslyn's; Info stays Info.</summary>
    private static string Severity(string severity) => severity switch
    {
        "Error" => "Error",
        "Warning" => "Warning",
        _ => "Info",
    };

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
