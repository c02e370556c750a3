using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Syntax.Tree;

/// <summary><c>range LO..HI [shape]</c> right after a value; Shape is null for the default (triangular).</summary>
public sealed record RangeSyntax(NumberSyntax Low, NumberSyntax High, RangeShape? Shape, SourceSpan Span);

/// <summary><c>confidence high|medium|low</c> at the end of a value line.</summary>
public sealed record ConfidenceSyntax(ConfidenceLevel Level, SourceSpan Span);
