using Lovkode.Spec.Text;

namespace Lovkode.Spec.Syntax.Tree;

/// <summary>A name as written, with its place: the binder resolves it.</summary>
public sealed record NameSyntax(string Text, SourceSpan Span);

/// <summary><c>§ "…"</c>, <c>cite "…"</c> or <c>assumed "why"</c>; in a model file also <c>calibrated "how"</c> (IsCalibrated).</summary>
public sealed record CitationSyntax(string Text, bool IsAssumption, SourceSpan Span)
{
    public bool IsCalibrated { get; init; }
}

/// <summary>A title string after a name: <c>"Dagpengemodtagere"</c>.</summary>
public sealed record TitleSyntax(string Text, SourceSpan Span);

/// <summary>An ISO date, already turned into a day number by the lexer.</summary>
public sealed record DateSyntax(int Day, string Text, SourceSpan Span);

/// <summary>A whole or decimal number; <see cref="IsPercent"/> when written with % (Value is then the fraction).</summary>
public sealed record NumberSyntax(double Value, bool IsPercent, string Text, SourceSpan Span);

/// <summary>A number in a schedule, cost, quota or threshold: a constant, or a parameter's name.</summary>
public sealed record OperandSyntax(NumberSyntax? Constant, NameSyntax? Parameter, SourceSpan Span);
