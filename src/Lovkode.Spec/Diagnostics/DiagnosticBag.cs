using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Diagnostics;

/// <summary>Collects diagnostics from every pass. Passes report and go on; they never throw.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        _items.Add(Diagnostic.Create(descriptor, span, args));

    /// <summary>Sorted by file, then position, then id, so that output is deterministic.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() => Sorted(_items);

    /// <summary>Sorted by file, then position, then id, then message; a stable sort, so that ties keep the order they were reported in.</summary>
    public static IReadOnlyList<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.Span.Path, System.StringComparer.Ordinal)
        .ThenBy(d => d.Span.Start)
        .ThenBy(d => d.Id, System.StringComparer.Ordinal)
        .ThenBy(d => d.Message, System.StringComparer.Ordinal)
        .ToList();
}
