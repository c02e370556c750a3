using System.Text.Json;
using Lovkode.LanguageServer.Features;
using Lovkode.LanguageServer.Protocol;
using Lovkode.LanguageServer.Workspace;

namespace Lovkode.LanguageServer.Server;

/// <summary>The methods the server answers, each from typed params to a typed result.</summary>
internal sealed class Handlers
{
    private readonly RulesWorkspace _workspace;
    private readonly DiagnosticsPublisher _publisher;

    public Handlers(RulesWorkspace workspace, DiagnosticsPublisher publisher)
    {
        _workspace = workspace;
        _publisher = publisher;
        Requests = new Dictionary<string, Func<JsonElement?, object?>>(StringComparer.Ordinal)
        {
            ["textDocument/hover"] = p => WithSnapshot(Parse<TextDocumentPositionParams>(p), (s, a) => HoverProvider.Hover(s, _workspace.PathOf(a.TextDocument.Uri), a.Position)),
            ["textDocument/definition"] = p => WithSnapshot(Parse<TextDocumentPositionParams>(p), (s, a) => Navigation.Definition(s, _workspace.PathOf(a.TextDocument.Uri), a.Position)),
            ["textDocument/references"] = p => WithSnapshot(Parse<ReferenceParams>(p), (s, a) => Navigation.References(s, _workspace.PathOf(a.TextDocument.Uri), a.Position, a.Context?.IncludeDeclaration ?? true)),
            ["textDocument/completion"] = p => WithSnapshot(Parse<TextDocumentPositionParams>(p), (s, a) => CompletionProvider.Complete(s, _workspace.PathOf(a.TextDocument.Uri), a.Position)),
            ["textDocument/prepareRename"] = p => WithSnapshot(Parse<TextDocumentPositionParams>(p), (s, a) => RenameProvider.Prepare(s, _workspace.PathOf(a.TextDocument.Uri), a.Position)),
            ["textDocument/rename"] = p => WithSnapshot(Parse<RenameParams>(p), (s, a) => RenameProvider.Rename(s, _workspace.PathOf(a.TextDocument.Uri), a.Position, a.NewName)),
            ["textDocument/documentSymbol"] = p => WithSnapshot(Parse<DocumentSymbolParams>(p), (s, a) => OutlineProvider.Symbols(s, _workspace.PathOf(a.TextDocument.Uri))),
            ["textDocument/codeAction"] = p => WithSnapshot(Parse<CodeActionParams>(p), (s, a) => CodeActionProvider.Actions(s, _workspace.PathOf(a.TextDocument.Uri), a)),
        };
        Notifications = new Dictionary<string, Action<JsonElement?>>(StringComparer.Ordinal)
        {
            ["textDocument/didOpen"] = p =>
            {
                var a = Parse<DidOpenTextDocumentParams>(p);
                _workspace.Open(a.TextDocument.Uri, a.TextDocument.Text ?? "", a.TextDocument.Version);
                _publisher.Schedule();
            },
            ["textDocument/didChange"] = p =>
            {
                var a = Parse<DidChangeTextDocumentParams>(p);
                _workspace.Change(a.TextDocument.Uri, a.TextDocument.Version, a.ContentChanges ?? []);
                _publisher.Schedule();
            },
            ["textDocument/didClose"] = p =>
            {
                _workspace.Close(Parse<DidCloseTextDocumentParams>(p).TextDocument.Uri);
                _publisher.Schedule();
            },
            ["textDocument/didSave"] = p =>
            {
                var a = Parse<DidSaveTextDocumentParams>(p);
                _workspace.Saved(a.TextDocument.Uri, a.Text);
                _publisher.Schedule();
            },
        };
    }

    public Dictionary<string, Func<JsonElement?, object?>> Requests { get; }

    public Dictionary<string, Action<JsonElement?>> Notifications { get; }

    public object Initialize(JsonElement? parameters)
    {
        var a = Parse<InitializeParams>(parameters);
        var folders = (a.WorkspaceFolders ?? []).Select(f => f.Uri).ToList();
        if (folders.Count == 0 && a.RootUri is { } root) folders.Add(root);
        if (folders.Count == 0 && a.RootPath is { } rootPath) folders.Add(DocumentUris.FromPath(rootPath));
        foreach (var folder in folders)
        {
            var path = DocumentUris.ToPath(folder);
            if (Path.IsPathRooted(path)) _workspace.AddFolder(path);
        }
        return new InitializeResult(
            new ServerCapabilities(
                new TextDocumentSyncOptions(OpenClose: true, Change: 2, Save: true),
                HoverProvider: true,
                DefinitionProvider: true,
                ReferencesProvider: true,
                new CompletionOptions([" ", "=", "{", ","], ResolveProvider: false),
                new RenameOptions(PrepareProvider: true),
                DocumentSymbolProvider: true,
                new CodeActionOptions(["quickfix"])),
            new ServerInfo("lovkode", typeof(Handlers).Assembly.GetName().Version?.ToString() ?? "0"));
    }

    /// <summary>Requests read the snapshot of the current texts; a compile they cause also publishes its diagnostics.</summary>
    private object? WithSnapshot<T>(T parameters, Func<Snapshot, T, object?> body)
    {
        var generation = _workspace.Generation;
        var snapshot = _workspace.Current();
        var result = body(snapshot, parameters);
        if (snapshot.Generation == generation) _publisher.Publish();
        return result;
    }

    private static T Parse<T>(JsonElement? parameters)
    {
        if (parameters is not { ValueKind: JsonValueKind.Object } element) throw new InvalidParamsException($"expected params of the shape {typeof(T).Name}");
        try
        {
            return element.Deserialize<T>(Json.Options) ?? throw new InvalidParamsException($"expected params of the shape {typeof(T).Name}");
        }
        catch (JsonException e)
        {
            throw new InvalidParamsException($"params are not {typeof(T).Name}: {e.Message}");
        }
    }
}
