namespace Lovkode.LanguageServer.Protocol;

public sealed record Hover(MarkupContent Contents, Range? Range);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context = null);

/// <summary>Kinds used: 14 keyword, 6 variable, 20 enum member, 10 enum, 7 class, 3 function, 5 field, 11 unit, 9 module.</summary>
public sealed record CompletionItem(string Label, int Kind, string? Detail)
{
    public MarkupContent? Documentation { get; init; }

    public string? SortText { get; init; }
}

public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

public sealed record PrepareRenameResult(Range Range, string Placeholder);

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

/// <summary>Symbol kinds used: 2 module, 10 enum, 22 enum member, 13 variable, 14 constant, 5 class, 12 function, 7 property, 23 struct.</summary>
public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, IReadOnlyList<DocumentSymbol>? Children);

public sealed record CodeActionContext(IReadOnlyList<Diagnostic> Diagnostics);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record CodeAction(string Title, string Kind, IReadOnlyList<Diagnostic> Diagnostics, WorkspaceEdit Edit)
{
    public bool IsPreferred { get; init; }
}
