using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Model;

/// <summary><c>range LO..HI shape</c> after a value: the bounds (already as fractions for shares) and the shape.</summary>
public sealed record BoundRange(double Low, double High, RangeShape Shape, BoundSpan Span);
