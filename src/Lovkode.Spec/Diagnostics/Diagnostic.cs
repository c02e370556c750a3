using System.Globalization;
using System.Linq;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Diagnostics;

/// <summary>A finding of the compiler, located in a .rules file. Plain data: it travels apart from the model.</summary>
public sealed record Diagnostic(string Id, Severity Severity, string Message, SourceSpan Span, string Hint)
{
    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        new(descriptor.Id, descriptor.Severity, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args), span, descriptor.Hint)
        {
            Arguments = args.Select(a => System.Convert.ToString(a, CultureInfo.InvariantCulture) ?? "").ToEquatableArray(),
        };

    /// <summary>
    /// The arguments of the descriptor's message format, each as invariant text: the source
    /// generator hands them to its Roslyn descriptor, whose format is the catalogue's, so the IDE
    /// shows the same message. Empty for a diagnostic made without a descriptor.
    /// </summary>
    public EquatableArray<string> Arguments { get; init; } = EquatableArray<string>.Empty;

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
