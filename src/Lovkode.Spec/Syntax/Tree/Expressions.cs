using System.Collections.Generic;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Syntax.Tree;

/// <summary>A condition over citizen facts, as written.</summary>
public abstract record ExprSyntax(SourceSpan Span);

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record LiteralExprSyntax(bool Value, SourceSpan Span) : ExprSyntax(Span);

/// <summary>A bare name: a bool fact that must hold (<c>education</c>).</summary>
public sealed record FactExprSyntax(NameSyntax Fact, SourceSpan Span) : ExprSyntax(Span);

/// <summary><c>fact op value</c>.</summary>
public sealed record CompareExprSyntax(NameSyntax Fact, CompareOp Op, ValueSyntax Value, SourceSpan Span) : ExprSyntax(Span);

/// <summary><c>fact in {A, B}</c>, or <c>fact not in {A, B}</c> when Negated.</summary>
public sealed record InExprSyntax(NameSyntax Fact, IReadOnlyList<ValueSyntax> Values, bool Negated, SourceSpan Span) : ExprSyntax(Span);

public sealed record NotExprSyntax(ExprSyntax Operand, SourceSpan Span) : ExprSyntax(Span);

/// <summary><c>left and right</c>, or <c>left or right</c> when not IsAnd.</summary>
public sealed record BinaryExprSyntax(bool IsAnd, ExprSyntax Left, ExprSyntax Right, SourceSpan Span) : ExprSyntax(Span);

public enum ValueKind
{
    Name,
    Number,
    Date,
    Bool,
    /// <summary>A percentage, never valid in a condition; kept so the binder can say so.</summary>
    Percent,
}

/// <summary>The right-hand side of a comparison: an enum member's name, a number, a date or true/false.</summary>
public sealed record ValueSyntax(ValueKind Kind, string Text, double Number, int Day, bool Bool, SourceSpan Span);
