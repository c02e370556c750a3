using BenchmarkDotNet.Attributes;
using Lovkode.Cli.LanguageServing;
using Lovkode.LanguageServer.Features;
using Lovkode.LanguageServer.Protocol;
using Lovkode.LanguageServer.Workspace;

namespace Lovkode.Benchmarks.LanguageServer;

/// <summary>
/// <c>lovkode lsp</c> on a 10,000-line reform of Lab2019, after the first parse: what a hover
/// and a completion cost the server (the workspace's snapshot looked up, the provider run on
/// it), with the CLI's front end (the built-in law compiled alongside), as the server runs them.
/// Goal (issue 18): ≤ 50 ms each. For scale, the compile that an edit causes (debounced while
/// typing; a request right after an edit waits for it) is timed too.
/// </summary>
public class LanguageServerBenchmarks
{
    private const int Lines = 10_000;

    private RulesWorkspace _workspace = null!;
    private string _path = "";
    private string _uri = "";
    private string _text = "";
    private Position _hoverAt = null!;
    private Position _completeAt = null!;
    private int _version;

    [GlobalSetup]
    public void Setup()
    {
        _text = LargeSpec.Text(Lines);
        var folder = Path.Combine(Path.GetTempPath(), "lovkode-lsp-bench");
        _path = Path.Combine(folder, "Stor.rules");
        _uri = DocumentUris.FromPath(_path);
        _workspace = new RulesWorkspace(new RuleSetFrontEnd([]), folder);
        _workspace.Open(_uri, _text, ++_version);
        var snapshot = _workspace.Current();
        if (snapshot.Diagnostics.Count > 0) throw new InvalidOperationException("the large spec does not compile: " + snapshot.Diagnostics[0]);
        var lines = snapshot.Lines(_path)!;
        // Near the end of the file: "  once within Frist0833 weeks" and "  when benefit = Dagpenge …".
        var within = _text.LastIndexOf("once within Frist", StringComparison.Ordinal) + "once within F".Length;
        _hoverAt = lines.Position(within);
        var equals = _text.LastIndexOf("benefit = ", StringComparison.Ordinal) + "benefit = ".Length;
        _completeAt = lines.Position(equals);
        if (HoverOnParameter() is null) throw new InvalidOperationException("no hover at the parameter");
        if (CompleteAfterEquals() < 10) throw new InvalidOperationException("no enum members completed");
    }

    [Benchmark(Description = "hover on a parameter (10,000-line file)")]
    public Hover? HoverOnParameter() => HoverProvider.Hover(_workspace.Current(), _path, _hoverAt);

    [Benchmark(Description = "completion after benefit = (10,000-line file)")]
    public int CompleteAfterEquals() => CompletionProvider.Complete(_workspace.Current(), _path, _completeAt).Items.Count;

    [Benchmark(Description = "an edit, then hover (recompiles the workspace with the built-in law)")]
    public Hover? EditThenHover()
    {
        // A space at the end of the file: the next request compiles again.
        _workspace.Change(_uri, ++_version, [new TextDocumentContentChangeEvent(_version % 2 == 0 ? _text + " " : _text)]);
        return HoverOnParameter();
    }
}
