using Lovkode.LanguageServer.Server;
using Lovkode.LanguageServer.Symbols;
using Lovkode.LanguageServer.Workspace;
using Lovkode.Spec.Syntax.Lexing;
using Lsp = Lovkode.LanguageServer.Protocol;

namespace Lovkode.LanguageServer.Features;

/// <summary>
/// Rename of a group, parameter, requirement or supervision rule (and a domain's facts, enums,
/// members, actors and channels) everywhere the workspace names it. The built-in law is never
/// edited: a name it declares or uses is renamed in your files only if none of its places are
/// built in, else the rename is refused with the reason.
/// </summary>
public static class RenameProvider
{
    public static Lsp.PrepareRenameResult? Prepare(Snapshot snapshot, string path, Lsp.Position position)
    {
        if (Navigation.At(snapshot, path, position) is not { } occurrence) return null;
        if (Refusal(snapshot, occurrence.Key) is { } reason) throw new InvalidParamsException(reason);
        return new Lsp.PrepareRenameResult(TextLines.RangeOf(occurrence.Span), occurrence.Key.Name);
    }

    public static Lsp.WorkspaceEdit? Rename(Snapshot snapshot, string path, Lsp.Position position, string newName)
    {
        if (Navigation.At(snapshot, path, position) is not { } occurrence) return null;
        if (!IsName(newName)) throw new InvalidParamsException($"'{newName}' is not a name: a letter, then letters, digits or _, and not a keyword");
        if (Refusal(snapshot, occurrence.Key) is { } reason) throw new InvalidParamsException(reason);
        var changes = new Dictionary<string, IReadOnlyList<Lsp.TextEdit>>(StringComparer.Ordinal);
        foreach (var group in snapshot.Index.All(occurrence.Key).GroupBy(o => o.Span.Path, StringComparer.Ordinal))
        {
            if (snapshot.UriOf(group.Key) is not { } uri) continue;
            changes[uri] = [.. group.Select(o => new Lsp.TextEdit(TextLines.RangeOf(o.Span), newName))];
        }
        return new Lsp.WorkspaceEdit(changes);
    }

    private static string? Refusal(Snapshot snapshot, SymbolKey key)
    {
        if (key.Kind is SymbolKind.Domain or SymbolKind.Regime or SymbolKind.Model)
            return $"a {key.Kind.ToString().ToLowerInvariant()} is renamed with its file, not here";
        var builtIn = snapshot.Index.All(key).FirstOrDefault(o => snapshot.IsBuiltIn(o.Span.Path));
        return builtIn is null ? null : $"'{key.Name}' is also named by the built-in law ({builtIn.Span}), which cannot be edited";
    }

    /// <summary>A name as the lexer reads one: a letter, then letters, digits or _ (a keyword is not a name).</summary>
    public static bool IsName(string text)
    {
        if (string.IsNullOrEmpty(text) || !char.IsLetter(text[0])) return false;
        return text.All(c => char.IsLetterOrDigit(c) || c == '_') && !Keywords.IsKeyword(text);
    }
}
