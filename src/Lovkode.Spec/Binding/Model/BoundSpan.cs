using System;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Model;

/// <summary>
/// Where a node of the bound model was written: kept so that the analyses can put a diagnostic
/// at the rule it speaks of, and left out of the model's equality. A blank line or a comment
/// added above a rule moves it without changing what it means, so two bound regimes that differ
/// only in where their rules stand are equal: the generator's cached models stay cached (only
/// the diagnostics, which carry <see cref="SourceSpan"/>s, follow the edit), and two regimes can
/// be compared rule by rule without a printer that skips positions.
/// The file counts: it is not a position but which file the node belongs to, and the emitted
/// code names it (a domain's header).
/// Population models keep plain <see cref="SourceSpan"/>s: their generated code prints each
/// value's line and column, so there a position is part of the output.
/// </summary>
public sealed class BoundSpan : IEquatable<BoundSpan>
{
    public BoundSpan(SourceSpan span) => Span = span ?? throw new ArgumentNullException(nameof(span));

    /// <summary>The place itself, with its real equality, for a diagnostic.</summary>
    public SourceSpan Span { get; }

    public string Path => Span.Path;

    public int Start => Span.Start;

    public int Length => Span.Length;

    public int End => Span.End;

    public int Line => Span.Line;

    public int Column => Span.Column;

    public int EndLine => Span.EndLine;

    public int EndColumn => Span.EndColumn;

    public bool Equals(BoundSpan? other) => other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is BoundSpan other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path);

    public override string ToString() => Span.ToString();

    public static implicit operator SourceSpan(BoundSpan place) => place.Span;

    public static implicit operator BoundSpan(SourceSpan span) => new(span);
}
