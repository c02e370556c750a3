namespace Lovkode.LanguageServer.Protocol;

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>A change with a range replaces that range; without one, the whole text.</summary>
public sealed record TextDocumentContentChangeEvent(string Text, Range? Range = null);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text = null);

/// <summary>Severity 1 error, 2 warning, 3 information, 4 hint.</summary>
public sealed record Diagnostic(Range Range, string Message, int? Severity = null, string? Code = null, string? Source = null)
{
    /// <summary>The compiler's hint, kept apart so that a code action can read its suggestion back.</summary>
    public DiagnosticData? Data { get; init; }

    public CodeDescription? CodeDescription { get; init; }

    /// <summary>Where a finding moved to its cause was made (LK0044: the base's rule a reform breaks).</summary>
    public IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation { get; init; }
}

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed record CodeDescription(string Href);

public sealed record DiagnosticData(string Hint, string? Suggestion = null);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<Diagnostic> Diagnostics);
