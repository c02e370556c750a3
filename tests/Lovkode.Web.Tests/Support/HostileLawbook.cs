using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Serving;
using Lovkode.Runtime;
using Lovkode.Spec.Text;
using Lovkode.Tests.Shared;
using Lovkode.Web.Contracts;
using Lovkode.Reports.Model;

namespace Lovkode.Web.Tests.Support;

/// <summary>
/// The CLI's lawbook plus one regime, <c>Hostile</c>, whose title, citations and group titles
/// are the injection corpus: compiled from a .rules file like any user's regime, so the
/// strings reach the pages exactly as the compiler keeps them.
/// </summary>
internal sealed class HostileLawbook : ILawbook, IDisposable
{
    private readonly CliLawbook _inner = new();
    private readonly RegimeLoader _loader;
    private readonly IRegime _hostile;

    public HostileLawbook()
    {
        var texts = HostileTexts.All.Where(t => !t.Any(char.IsSurrogate)).ToList();
        string S(int i) => "\"" + texts[i % texts.Count].Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        var rules = new System.Text.StringBuilder();
        rules.Append("regime Hostile extends Hovedlov2027 ").Append(S(0)).Append("\n  effective 2028-01-01\n  § ").Append(S(1)).Append('\n');
        for (var i = 0; i < texts.Count; i++)
        {
            rules.Append("\nparameter HostileValue").Append(i).Append(" weeks ").Append(S(i)).Append("\n  = ").Append(i + 1).Append("   § ").Append(S(i + 1)).Append('\n');
        }
        var set = RuleSet.Compile(UserRules.FromSources([new SpecSource("Hostile.rules", rules.ToString())]));
        if (set.HasErrors) throw new InvalidOperationException(string.Join("\n", set.Diagnostics));
        _loader = new RegimeLoader(set);
        _hostile = _loader.Create("Hostile");
        Texts = texts;
    }

    public IReadOnlyList<string> Texts { get; }

    public IReadOnlyList<IRegime> Regimes() => [.. _inner.Regimes(), _hostile];

    public IRegime? Regime(string name) => name == "Hostile" ? _hostile : _inner.Regime(name);

    public LawDiff Diff(string baseline, string reform, string? date) => _inner.Diff(baseline, reform, date);

    public CaseExplanation Explain(ExplainRequest request) => _inner.Explain(request);

    public CheckReport Check(IReadOnlyList<RulesText> files) => _inner.Check(files);

    public IPreparedWhatIf Prepare(RunRequest request) => _inner.Prepare(request);

    public PopulationView Population() => _inner.Population();

    public IReadOnlyList<AreaMap> Maps() => _inner.Maps();

    public IReadOnlyList<string> WriteResults(ResultsDocument document, string folder, IReadOnlyList<string> formats) => _inner.WriteResults(document, folder, formats);

    public void Dispose() => _loader.Dispose();
}
