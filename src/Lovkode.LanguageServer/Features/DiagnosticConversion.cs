using System.Text.RegularExpressions;
using Lovkode.LanguageServer.Workspace;
using Lovkode.Spec.Diagnostics;
using Lsp = Lovkode.LanguageServer.Protocol;

namespace Lovkode.LanguageServer.Features;

/// <summary>
/// A compiler diagnostic as the editor shows it: the same LK id, range and message, with the
/// hint on its own line (the protocol has no field for it) and kept in <c>data</c> with the
/// name a "did you mean" suggests, for the quick fix.
/// </summary>
public static partial class DiagnosticConversion
{
    public const string HelpPage = "https://github.com/lovkode/lovkode/blob/main/docs/diagnostics.md";

    /// <summary>
    /// <paramref name="uriOf"/> gives the URI of a file of the compilation (the built-in law's
    /// read-only copy included), for the place a moved finding was made (<see cref="Diagnostic.Origin"/>),
    /// which the editor shows as related information that jumps there.
    /// </summary>
    public static Lsp.Diagnostic ToProtocol(Diagnostic d, Func<string, string?>? uriOf = null)
    {
        var message = string.IsNullOrWhiteSpace(d.Hint) ? d.Message : d.Message + "\nhint: " + d.Hint;
        var origin = d.Origin is { } at && uriOf?.Invoke(at.Path) is { } uri
            ? new[] { new Lsp.DiagnosticRelatedInformation(new Lsp.Location(uri, TextLines.RangeOf(at)), "the rule as written, where the finding was made") }
            : null;
        return new Lsp.Diagnostic(TextLines.RangeOf(d.Span), message, SeverityOf(d.Severity), d.Id, "lovkode")
        {
            Data = new Lsp.DiagnosticData(d.Hint, Suggestion(d.Message) ?? Suggestion(d.Hint)),
            CodeDescription = new Lsp.CodeDescription(HelpPage + "#" + d.Id.ToLowerInvariant()),
            RelatedInformation = origin,
        };
    }

    public static int SeverityOf(Severity severity) => severity switch
    {
        Severity.Error => 1,
        Severity.Warning => 2,
        _ => 3,
    };

    /// <summary>The name in "did you mean 'X'?", as <see cref="Lovkode.Spec.Text.Suggestions"/> writes it.</summary>
    public static string? Suggestion(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var match = DidYouMean().Match(text);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("did you mean '([^']+)'\\?")]
    private static partial Regex DidYouMean();
}
