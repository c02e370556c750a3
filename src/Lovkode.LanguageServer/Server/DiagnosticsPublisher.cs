using Lovkode.LanguageServer.Features;
using Lovkode.LanguageServer.Transport;
using Lovkode.LanguageServer.Workspace;
using Lsp = Lovkode.LanguageServer.Protocol;

namespace Lovkode.LanguageServer.Server;

/// <summary>
/// Publishes the compiler's diagnostics a short while after the last edit (debounced: a burst of
/// keystrokes compiles once), and at once when a request compiled anyway. Only what changed is
/// sent: a file whose findings are the same is not published again, and a file whose findings
/// are gone gets an empty list, which clears the editor's squiggles.
/// </summary>
public sealed class DiagnosticsPublisher : IDisposable
{
    private readonly RulesWorkspace _workspace;
    private readonly MessageWriter _writer;
    private readonly Timer _timer;
    private readonly object _gate = new();
    private readonly Dictionary<string, string> _published = new(StringComparer.Ordinal);
    private readonly Action<Exception> _log;
    private long _publishedGeneration = -1;

    public DiagnosticsPublisher(RulesWorkspace workspace, MessageWriter writer, TimeSpan delay, Action<Exception> log)
    {
        _workspace = workspace;
        _writer = writer;
        _log = log;
        Delay = delay;
        _timer = new Timer(_ => Publish(), null, Timeout.Infinite, Timeout.Infinite);
    }

    public TimeSpan Delay { get; }

    /// <summary>Called after each edit: the compile waits until the edits pause.</summary>
    public void Schedule() => _timer.Change(Delay, Timeout.InfiniteTimeSpan);

    /// <summary>Compiles if needed and sends what changed; never throws (a failure is logged, the next edit tries again).</summary>
    public void Publish()
    {
        try
        {
            lock (_gate)
            {
                var snapshot = _workspace.Current();
                if (snapshot.Generation == _publishedGeneration) return;
                _publishedGeneration = snapshot.Generation;
                var byPath = snapshot.Diagnostics.GroupBy(d => d.Span.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
                var documents = _workspace.Documents;
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var document in documents)
                {
                    seen.Add(document.Uri);
                    var diagnostics = byPath.TryGetValue(document.Path, out var found) ? found.Select(d => DiagnosticConversion.ToProtocol(d, snapshot.UriOf)).ToList() : [];
                    Send(document.Uri, document.Version, document.IsOpen, diagnostics);
                }
                foreach (var gone in _published.Keys.Where(uri => !seen.Contains(uri)).ToList())
                {
                    Send(gone, null, true, []);
                    _published.Remove(gone);
                }
            }
        }
        catch (Exception e)
        {
            _log(e);
        }
    }

    private void Send(string uri, int? version, bool isOpen, List<Lsp.Diagnostic> diagnostics)
    {
        var key = string.Join("\n", diagnostics.Select(d => $"{d.Code}@{d.Range.Start.Line}:{d.Range.Start.Character}-{d.Range.End.Line}:{d.Range.End.Character} {d.Message}"));
        if (_published.TryGetValue(uri, out var before))
        {
            if (before == key) return;
        }
        else if (diagnostics.Count == 0 && !isOpen)
        {
            // A clean file on disk that was never flagged: nothing to tell (an open one hears it is clean).
            return;
        }
        _published[uri] = key;
        _writer.Notification("textDocument/publishDiagnostics", new Lsp.PublishDiagnosticsParams(uri, version, diagnostics));
    }

    public void Dispose() => _timer.Dispose();
}
