using Lovkode.LanguageServer.Workspace;
using Lsp = Lovkode.LanguageServer.Protocol;

namespace Lovkode.LanguageServer.Features;

/// <summary>
/// Quick fixes for what the compiler already suggests: a diagnostic whose message or hint says
/// "did you mean 'X'?" offers to write X in place of the name it flags.
/// </summary>
public static class CodeActionProvider
{
    public static IReadOnlyList<Lsp.CodeAction> Actions(Snapshot snapshot, string path, Lsp.CodeActionParams parameters)
    {
        var actions = new List<Lsp.CodeAction>();
        var uri = parameters.TextDocument.Uri;
        foreach (var diagnostic in parameters.Context.Diagnostics)
        {
            var suggestion = diagnostic.Data?.Suggestion ?? DiagnosticConversion.Suggestion(diagnostic.Message);
            if (suggestion is null || suggestion.Any(c => !char.IsLetterOrDigit(c) && c != '_' && c != '-')) continue;
            // Only where the flagged text is one word: the fix replaces that word, nothing around it.
            if (snapshot.Lines(path) is not { } lines) continue;
            var start = lines.Offset(diagnostic.Range.Start);
            var end = lines.Offset(diagnostic.Range.End);
            if (end <= start || !IsWord(lines.Text.AsSpan(start, end - start))) continue;
            var edit = new Lsp.WorkspaceEdit(new Dictionary<string, IReadOnlyList<Lsp.TextEdit>>(StringComparer.Ordinal)
            {
                [uri] = [new Lsp.TextEdit(diagnostic.Range, suggestion)],
            });
            actions.Add(new Lsp.CodeAction($"Change to '{suggestion}'", "quickfix", [diagnostic], edit) { IsPreferred = true });
        }
        return actions;
    }

    private static bool IsWord(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c) && c != '_' && c != '-') return false;
        }
        return true;
    }
}
