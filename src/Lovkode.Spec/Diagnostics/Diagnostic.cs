using System.Globalization;
using System.Linq;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Diagnostics;

/// <summary>A finding of the compiler, located in a .rules file. Plain data: it travels apart from the model.</summary>
public sealed record Diagnostic(string Id, Severity Severity, string Message, SourceSpan Span, string Hint)
{
    /// <summary>The message and the hint are both filled from <paramref name="args"/>: a hint names the group or unit it speaks of.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        new(descriptor.Id, descriptor.Severity, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args), span,
            FillHoles(descriptor.Hint, args))
        {
            Arguments = args.Select(a => System.Convert.ToString(a, CultureInfo.InvariantCulture) ?? "").ToEquatableArray(),
        };

    /// <summary>
    /// The arguments of the descriptor's message format, each as invariant text: the source
    /// generator hands them to its Roslyn descriptor, whose format is the catalogue's, so the IDE
    /// shows the same message. Empty for a diagnostic made without a descriptor.
    /// </summary>
    public EquatableArray<string> Arguments { get; init; } = EquatableArray<string>.Empty;

    /// <summary>
    /// Where the finding was made when it is reported elsewhere, at what caused it (LK0044: a
    /// reform's finding in a rule of its base, reported at the reform's change); null otherwise.
    /// Editors show it as related information, the generator as an additional location.
    /// </summary>
    public SourceSpan? Origin { get; init; }

    /// <summary>
    /// Replaces each <c>{n}</c> of a hint by argument n and leaves every other brace as written:
    /// a hint may show a set such as <c>in {A, B}</c>, which string.Format would reject.
    /// </summary>
    private static string FillHoles(string hint, object?[] args)
    {
        var result = new System.Text.StringBuilder(hint.Length);
        for (var i = 0; i < hint.Length; i++)
        {
            if (hint[i] == '{')
            {
                var end = i + 1;
                while (end < hint.Length && hint[end] >= '0' && hint[end] <= '9') end++;
                if (end > i + 1 && end < hint.Length && hint[end] == '}'
                    && int.TryParse(hint.Substring(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < args.Length)
                {
                    result.Append(System.Convert.ToString(args[n], CultureInfo.InvariantCulture));
                    i = end;
                    continue;
                }
            }
            result.Append(hint[i]);
        }
        return result.ToString();
    }

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
