using Lovkode.LanguageServer.Protocol;
using Lovkode.LanguageServer.Symbols;
using Lovkode.Spec.Text;

namespace Lovkode.LanguageServer.Workspace;

/// <summary>
/// The .rules files the server knows: those open in the editor (their unsaved text) and those on
/// disk in the workspace's folders. Every change bumps a generation; <see cref="Current"/>
/// compiles the whole set again through the front end when the last snapshot is older.
/// </summary>
public sealed class RulesWorkspace
{
    /// <summary>A workspace folder with more is not a folder of rules: the rest are left out.</summary>
    public const int MaxFolderFiles = 2000;

    private readonly IRulesFrontEnd _frontEnd;
    private readonly ParseCache _parses = new();
    private readonly object _gate = new();
    private readonly Dictionary<string, Document> _documents = new(StringComparer.Ordinal);
    private long _generation;
    private Snapshot? _snapshot;

    public RulesWorkspace(IRulesFrontEnd frontEnd, string? lawCacheRoot = null)
    {
        _frontEnd = frontEnd;
        Law = new BuiltInLaw(frontEnd.BuiltIn, lawCacheRoot);
    }

    public BuiltInLaw Law { get; }

    public long Generation
    {
        get
        {
            lock (_gate) return _generation;
        }
    }

    /// <summary>Reads every .rules file below a folder (hidden folders skipped), as the files the open ones build on.</summary>
    public void AddFolder(string folder)
    {
        IEnumerable<string> paths;
        try
        {
            paths = Directory.EnumerateFiles(folder, "*.rules", new EnumerationOptions
            {
                RecurseSubdirectories = true,
                MaxRecursionDepth = 32,
                MatchCasing = MatchCasing.CaseInsensitive,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            }).Take(MaxFolderFiles).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return;
        }
        lock (_gate)
        {
            foreach (var path in paths)
            {
                var uri = DocumentUris.FromPath(path);
                if (_documents.ContainsKey(uri) || Law.BuiltInPathOf(path) is not null) continue;
                if (ReadDisk(path) is { } text) _documents[uri] = new Document(uri, path, text, null, false);
            }
            _generation++;
        }
    }

    public void Open(string uri, string text, int version)
    {
        lock (_gate)
        {
            var path = DocumentUris.ToPath(uri);
            // The editor may spell a file's URI otherwise than the folder scan did: one file, one document.
            foreach (var same in _documents.Values.Where(d => d.Uri != uri && d.Path == path).ToList()) _documents.Remove(same.Uri);
            _documents[uri] = new Document(uri, path, text, version, true);
            _generation++;
        }
    }

    /// <summary>Applies the edits in order; an edit whose range lies outside the text is clamped into it.</summary>
    public void Change(string uri, int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        lock (_gate)
        {
            if (!_documents.TryGetValue(uri, out var document)) return;
            var text = document.Text;
            foreach (var change in changes)
            {
                if (change.Range is null)
                {
                    text = change.Text ?? "";
                    continue;
                }
                var lines = new TextLines(text);
                var start = lines.Offset(change.Range.Start);
                var end = Math.Max(start, lines.Offset(change.Range.End));
                text = string.Concat(text.AsSpan(0, start), change.Text ?? "", text.AsSpan(end));
            }
            _documents[uri] = document with { Text = text, Version = version, IsOpen = true };
            _generation++;
        }
    }

    /// <summary>A closed file goes back to its text on disk, if it is in a folder of the workspace or beside one; else it leaves.</summary>
    public void Close(string uri)
    {
        lock (_gate)
        {
            if (!_documents.TryGetValue(uri, out var document)) return;
            if (Path.IsPathRooted(document.Path) && ReadDisk(document.Path) is { } text) _documents[uri] = document with { Text = text, Version = null, IsOpen = false };
            else _documents.Remove(uri);
            _generation++;
        }
    }

    public void Saved(string uri, string? text)
    {
        lock (_gate)
        {
            if (text is not null && _documents.TryGetValue(uri, out var document) && document.Text != text)
            {
                _documents[uri] = document with { Text = text };
                _generation++;
            }
        }
    }

    public Document? Find(string uri)
    {
        lock (_gate) return _documents.GetValueOrDefault(uri);
    }

    /// <summary>The user's documents (not the built-in law's copies), open or on disk.</summary>
    public IReadOnlyList<Document> Documents
    {
        get
        {
            lock (_gate) return [.. _documents.Values.Where(d => Law.BuiltInPathOf(d.Path) is null)];
        }
    }

    /// <summary>The compiler's path for a document: a copy of the built-in law is its built-in file.</summary>
    public string PathOf(string uri) => Law.BuiltInPathOf(DocumentUris.ToPath(uri)) ?? DocumentUris.ToPath(uri);

    /// <summary>The snapshot of the current texts, compiled now if anything changed since the last one.</summary>
    public Snapshot Current()
    {
        lock (_gate)
        {
            if (_snapshot is not null && _snapshot.Generation == _generation) return _snapshot;
            var generation = _generation;
            var user = _documents.Values
                .Where(d => (d.IsOpen || DocumentUris.IsRules(d.Path)) && Law.BuiltInPathOf(d.Path) is null)
                .OrderBy(d => d.Path, StringComparer.Ordinal)
                .Select(d => new SpecSource(d.Path, d.Text))
                .ToList();
            var result = _frontEnd.Compile(user);
            var index = SymbolIndex.Build(result.Sources, _parses);
            var lines = result.Sources.ToDictionary(s => s.Path, s => new TextLines(s.Text), StringComparer.Ordinal);
            var uris = _documents.Values.GroupBy(d => d.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Uri, StringComparer.Ordinal);
            _snapshot = new Snapshot(result, index, lines, path => uris.TryGetValue(path, out var uri) ? uri : Law.UriOf(path) ?? (Path.IsPathRooted(path) ? DocumentUris.FromPath(path) : null), Law, generation);
            return _snapshot;
        }
    }

    private static string? ReadDisk(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}

/// <summary>A .rules file of the workspace: its text as the editor holds it, or as read from disk when it is not open.</summary>
public sealed record Document(string Uri, string Path, string Text, int? Version, bool IsOpen);
