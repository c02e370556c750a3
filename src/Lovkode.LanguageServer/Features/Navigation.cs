using Lovkode.LanguageServer.Symbols;
using Lovkode.LanguageServer.Workspace;
using Lovkode.Spec.Syntax.Tree;
using Lsp = Lovkode.LanguageServer.Protocol;

namespace Lovkode.LanguageServer.Features;

/// <summary>Go to definition and find references, across the workspace's files and into the built-in law.</summary>
public static class Navigation
{
    /// <summary>
    /// The declaration a name stands for. On a reform's own <c>override</c> or <c>replace</c>
    /// declaration it is the base's: what the reform changes.
    /// </summary>
    public static Lsp.Location? Definition(Snapshot snapshot, string path, Lsp.Position position)
    {
        if (At(snapshot, path, position) is not { } occurrence) return null;
        var changesBase = occurrence.IsDeclaration && occurrence.Delta != DeltaKind.None;
        var target = snapshot.Index.Definition(occurrence.Key, occurrence.Regime, skipSelfRegime: changesBase);
        return target is null ? null : Location(snapshot, target);
    }

    public static IReadOnlyList<Lsp.Location> References(Snapshot snapshot, string path, Lsp.Position position, bool includeDeclaration)
    {
        if (At(snapshot, path, position) is not { } occurrence) return [];
        return [.. snapshot.Index.All(occurrence.Key)
            .Where(o => includeDeclaration || !o.IsDeclaration)
            .Select(o => Location(snapshot, o))
            .OfType<Lsp.Location>()];
    }

    internal static Occurrence? At(Snapshot snapshot, string path, Lsp.Position position) =>
        snapshot.Lines(path) is { } lines ? snapshot.Index.At(path, lines.Offset(position)) : null;

    internal static Lsp.Location? Location(Snapshot snapshot, Occurrence occurrence) =>
        snapshot.UriOf(occurrence.Span.Path) is { } uri ? new Lsp.Location(uri, TextLines.RangeOf(occurrence.Span)) : null;
}
