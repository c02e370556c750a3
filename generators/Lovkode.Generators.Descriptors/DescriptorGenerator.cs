using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Lovkode.Generators.Descriptors;

/// <summary>
/// Emits <c>Lovkode.Generators.DiagnosticDescriptors</c>: one static Roslyn descriptor per LK
/// catalogue field, with the catalogue's title, message format (its {0} holes intact), severity
/// and hint, and a help link to the id's section of docs/diagnostics.md. An id the catalogue gains
/// reaches the generator with no edit here; the one step besides its catalogue entry and its
/// docs page is its line in AnalyzerReleases.Unshipped.md (LKC004 says so when it is missing).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DescriptorGenerator : IIncrementalGenerator
{
    private const string HelpUrlProperty = "build_property.LovkodeDiagnosticsHelpUrl";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var entries = context.SyntaxProvider
            .CreateSyntaxProvider(CatalogueReader.IsCandidate, CatalogueReader.Read)
            .Where(e => e is not null)
            .Select((e, _) => e!)
            .Collect();

        var helpUrl = context.AnalyzerConfigOptionsProvider
            .Select((options, _) => options.GlobalOptions.TryGetValue(HelpUrlProperty, out var url) ? url.Trim() : "");

        var released = context.AdditionalTextsProvider
            .Where(t => t.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && System.IO.Path.GetFileName(t.Path).StartsWith("AnalyzerReleases.", StringComparison.Ordinal))
            .Select((t, ct) => ReleasedIds(t.GetText(ct)))
            .Collect()
            .Select((sets, _) => string.Join("\n", sets.SelectMany(s => s).Distinct().OrderBy(s => s, StringComparer.Ordinal)));

        context.RegisterSourceOutput(entries.Combine(helpUrl).Combine(released), (spc, input) =>
            Emit(spc, input.Left.Left, input.Left.Right, new HashSet<string>(input.Right.Split('\n'), StringComparer.Ordinal)));
    }

    private static void Emit(SourceProductionContext context, ImmutableArray<CatalogueEntry> entries, string helpUrl, HashSet<string> released)
    {
        if (entries.IsDefaultOrEmpty) return;
        if (helpUrl.Length == 0) context.ReportDiagnostic(Diagnostic.Create(BuildDiagnostics.NoHelpUrl, Location.None));

        var byId = new Dictionary<string, CatalogueEntry>(StringComparer.Ordinal);
        var good = new List<CatalogueEntry>();
        foreach (var entry in entries.OrderBy(e => e.Id ?? "", StringComparer.Ordinal).ThenBy(e => e.Field, StringComparer.Ordinal))
        {
            if (!entry.IsComplete)
            {
                context.ReportDiagnostic(Diagnostic.Create(BuildDiagnostics.NotConstant, At(entry), entry.Field));
                continue;
            }
            if (byId.TryGetValue(entry.Id!, out var first))
            {
                context.ReportDiagnostic(Diagnostic.Create(BuildDiagnostics.DuplicateId, At(entry), entry.Id, first.Field, entry.Field));
                continue;
            }
            byId.Add(entry.Id!, entry);
            good.Add(entry);
            if (!released.Contains(entry.Id!))
            {
                context.ReportDiagnostic(Diagnostic.Create(BuildDiagnostics.NotReleased, At(entry), entry.Id, entry.Severity, entry.Title));
            }
        }
        context.AddSource("DiagnosticDescriptors.Catalogue.cs", SourceText.From(DescriptorSource.Write(good, helpUrl), Encoding.UTF8));
    }

    /// <summary>The ids in an AnalyzerReleases file: the first cell of each table row.</summary>
    private static ImmutableArray<string> ReleasedIds(SourceText? text)
    {
        if (text is null) return ImmutableArray<string>.Empty;
        var ids = ImmutableArray.CreateBuilder<string>();
        foreach (var line in text.Lines)
        {
            var row = line.ToString();
            var bar = row.IndexOf('|');
            if (bar <= 0) continue;
            var id = row.Substring(0, bar).Trim();
            if (id.StartsWith("LK", StringComparison.Ordinal)) ids.Add(id);
        }
        return ids.ToImmutable();
    }

    private static Location At(CatalogueEntry entry)
    {
        var position = new LinePosition(entry.Line, entry.Column);
        return Location.Create(entry.Path, default, new LinePositionSpan(position, position));
    }
}
