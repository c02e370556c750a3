using System.Globalization;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Diagnostics;

/// <summary>A finding of the compiler, located in a .rules file. Plain data: it travels apart from the model.</summary>
public sealed record Diagnostic(string Id, Severity Severity, string Message, SourceSpan Span, string Hint)
{
    /// <summary>The message and the hint are both filled from <paramref name="args"/>: a hint names the group or unit it speaks of.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        new(descriptor.Id, descriptor.Severity, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args), span,
            string.Format(CultureInfo.InvariantCulture, descriptor.Hint, args));

    public bool IsError => Severity == Severity.Error;

    /// <summary>The form compilers print: <c>file:line:col: error LK0012: message</c>.</summary>
    public override string ToString() =>
        $"{Span.Path}:{Span.Line}:{Span.Column}: {SeverityWord}: {Id}: {Message}";

    private string SeverityWord => Severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
