using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Model;

/// <summary>
/// A bound condition over citizen facts. Every fact value is an int: enum ordinal, 0/1 for
/// bools, the number itself, or a day number for dates. That keeps the finite-domain
/// analyses and the emitter simple.
/// </summary>
public abstract record BoundExpr(BoundSpan Span);

public sealed record BoundLiteral(bool Value, BoundSpan Span) : BoundExpr(Span);

/// <summary><c>fact op value</c>; a bare bool fact binds as <c>fact = 1</c>.</summary>
public sealed record BoundCompare(int Slot, CompareOp Op, int Value, BoundSpan Span) : BoundExpr(Span);

/// <summary><c>fact in {A, B}</c> (or <c>not in</c> when Negated); values sorted ascending, no duplicates.</summary>
public sealed record BoundInSet(int Slot, EquatableArray<int> Values, bool Negated, BoundSpan Span) : BoundExpr(Span);

public sealed record BoundNot(BoundExpr Operand, BoundSpan Span) : BoundExpr(Span);

public sealed record BoundAnd(BoundExpr Left, BoundExpr Right, BoundSpan Span) : BoundExpr(Span);

public sealed record BoundOr(BoundExpr Left, BoundExpr Right, BoundSpan Span) : BoundExpr(Span);
