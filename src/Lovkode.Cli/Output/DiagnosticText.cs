using Lovkode.Spec.Diagnostics;

namespace Lovkode.Cli;

/// <summary>Diagnostics as compilers print them: <c>file:line:col: error LK0012: message</c>.</summary>
internal static class DiagnosticText
{
    public static string Format(Diagnostic d)
    {
        var severity = d.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        return $"{d.Span.Path}:{d.Span.Line}:{d.Span.Column}: {severity} {d.Id}: {d.Message}";
    }
}
