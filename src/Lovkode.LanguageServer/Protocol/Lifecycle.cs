using System.Text.Json;

namespace Lovkode.LanguageServer.Protocol;

public sealed record WorkspaceFolder(string Uri, string Name);

/// <summary><c>initialize</c>: where the workspace is; the client's capabilities are not needed.</summary>
public sealed record InitializeParams(
    int? ProcessId = null,
    string? RootUri = null,
    string? RootPath = null,
    IReadOnlyList<WorkspaceFolder>? WorkspaceFolders = null,
    JsonElement? InitializationOptions = null);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string Version);

public sealed record ServerCapabilities(
    TextDocumentSyncOptions TextDocumentSync,
    bool HoverProvider,
    bool DefinitionProvider,
    bool ReferencesProvider,
    CompletionOptions CompletionProvider,
    RenameOptions RenameProvider,
    bool DocumentSymbolProvider,
    CodeActionOptions CodeActionProvider);

/// <summary>Change 2: incremental edits.</summary>
public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, bool Save);

public sealed record CompletionOptions(IReadOnlyList<string> TriggerCharacters, bool ResolveProvider);

public sealed record RenameOptions(bool PrepareProvider);

public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);
