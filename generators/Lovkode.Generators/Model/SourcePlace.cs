using System;
using Lovkode.Spec.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Lovkode.Generators.Model;

/// <summary>
/// Where something is in a .rules file, as plain data a pipeline model may hold (path, character
/// span, 0-based line span): the one conversion from the rule compiler's 1-based
/// <see cref="SourceSpan"/> to what Roslyn's <see cref="Location"/> needs.
/// </summary>
internal sealed record SourcePlace(string Path, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static SourcePlace From(SourceSpan span) => new(
        span.Path,
        Math.Max(0, span.Start),
        Math.Max(0, span.Length),
        Math.Max(0, span.Line - 1),
        Math.Max(0, span.Column - 1),
        Math.Max(0, span.EndLine - 1),
        Math.Max(0, span.EndColumn - 1));

    /// <summary>The Roslyn location; <see cref="Location.None"/> without a path. The end never lies before the start.</summary>
    public Location ToLocation() =>
        string.IsNullOrEmpty(Path)
            ? Location.None
            : Location.Create(
                Path,
                new TextSpan(Start, Length),
                new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(Math.Max(StartLine, EndLine), EndLine > StartLine ? EndColumn : Math.Max(StartColumn, EndColumn))));
}
