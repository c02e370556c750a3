using BenchmarkDotNet.Attributes;
using Lovkode.Benchmarks.Infrastructure;
using Lovkode.Spec;
using Lovkode.Spec.Analysis;
using Lovkode.Spec.Binding;
using Lovkode.Spec.Syntax;
using Lovkode.Spec.Text;

namespace Lovkode.Benchmarks.Compiler;

/// <summary>
/// What the generator's steps cost on a whitespace edit atop Lab2019.rules (a blank line and a
/// comment), stage by stage, on the Lovkode.Spec stages the generator runs: the one re-parse,
/// the binding of every file, the join that moves the kept findings, and the comparisons the
/// driver makes of the bound model and of each analysis unit with the previous run's (equal,
/// so compared to the end). The analysis is the stage the edit no longer runs: its row says
/// what is saved. Together they account for <see cref="WhitespaceEditGeneratorBenchmarks"/>
/// (the rest is Roslyn's driver).
/// </summary>
[MemoryDiagnoser]
public class GeneratorStageBenchmarks
{
    private SpecSource _edited = null!;
    private List<ParsedFile> _parsed = null!;
    private List<ParsedFile> _lawOnly = null!;
    private BoundFiles _before = null!;
    private BoundFiles _after = null!;
    private IReadOnlyList<AnalysisUnit> _unitsBefore = null!;
    private IReadOnlyList<AnalysisUnit> _unitsAfter = null!;
    private List<Findings> _findings = null!;

    [GlobalSetup]
    public void Setup()
    {
        var sources = LawRules.All.Select(f => new SpecSource("rules/" + f.FileName, f.Text)).ToList();
        _edited = new SpecSource("rules/Lab2019.rules", LawRules.WithLeadingComment("Lab2019.rules"));
        _before = BoundFiles.Bind(sources.Select(ParsedFile.Parse));
        _parsed = sources.Select(s => s.Path == _edited.Path ? ParsedFile.Parse(_edited) : ParsedFile.Parse(s)).ToList();
        _after = BoundFiles.Bind(_parsed);
        _lawOnly = _parsed.Where(f => f.Path != "rules/" + PopulationModelFile).ToList();
        _unitsBefore = AnalysisUnit.Of(_before);
        _unitsAfter = AnalysisUnit.Of(_after);
        _findings = _unitsBefore.Select(u => Findings.Analyze(u, AnalysisOptions.Default)).ToList();
    }

    [Benchmark(Description = "whitespace edit: parse the edited Lab2019.rules")]
    public int Parse() => ParsedFile.Parse(_edited).Syntax.Declarations.Count;

    [Benchmark(Description = "whitespace edit: bind every file")]
    public int Bind() => BoundFiles.Bind(_parsed).Result.Regimes.Count;

    /// <summary>The binding without the population model's file (it binds nothing that a regime reads): the rest of the bind row is the model's.</summary>
    [Benchmark(Description = "whitespace edit: bind every file but the population model's")]
    public int BindLawOnly() => BoundFiles.Bind(_lawOnly).Result.Regimes.Count;

    private const string PopulationModelFile = "Danmark2023.rules";

    [Benchmark(Description = "whitespace edit: compare the bound model with the previous (equal)")]
    public bool CompareModel() => _before.Result.Equals(_after.Result);

    [Benchmark(Description = "whitespace edit: list and compare the analysis units (equal)")]
    public int CompareUnits()
    {
        var units = AnalysisUnit.Of(_after);
        var equal = 0;
        for (var i = 0; i < units.Count; i++) equal += units[i].Equals(_unitsBefore[i]) ? 1 : 0;
        return equal;
    }

    [Benchmark(Description = "whitespace edit: join, moving the kept findings")]
    public int Join() => SpecCompiler.Diagnostics(_after, _unitsAfter, _findings, AnalysisOptions.Default).Count;

    [Benchmark(Description = "saved: analyse every unit")]
    public int AnalyseAll() => _unitsAfter.Sum(u => Findings.Analyze(u, AnalysisOptions.Default).Diagnostics.Count);
}
