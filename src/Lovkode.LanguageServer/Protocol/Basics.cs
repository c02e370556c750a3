namespace Lovkode.LanguageServer.Protocol;

// The few Language Server Protocol types this server speaks (LSP 3.17), named and shaped as
// the specification names them, so that System.Text.Json with camelCase writes the wire form.
// Only what the server uses is here: an unknown field from a client is ignored.

/// <summary>0-based line and UTF-16 column, as the protocol counts by default.</summary>
public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record TextEdit(Range Range, string NewText);

/// <summary>Edits by document URI.</summary>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}
