using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Lovkode.Benchmarks.HandWritten;
using Lovkode.Runtime;
using RulesEngine.Models;

namespace Lovkode.Benchmarks.Evaluator;

/// <summary>
/// One citizen-week of Lab2019: the target group (Classify) and the requirements due that week
/// (Schedule). Each invocation walks <see cref="SampleSize"/> different citizen-weeks, and the
/// times are per citizen-week. The hand-written class is the baseline of each category.
/// Every method returns a checksum so the JIT cannot drop the work.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public partial class EvaluatorBenchmarks
{
    public const int SampleSize = 1024;

    /// <summary>RulesEngine takes microseconds a call; a smaller walk keeps its invocations short. Times are still per evaluation.</summary>
    public const int RulesEngineSampleSize = 128;

    private CitizenWeekSample _sample = null!;
    private HandWrittenLab2019 _handWritten = null!;
    private DueEvent[] _due = null!;
    private RulesEngineClassifier _rulesEngine = null!;
    private RuleParameter[] _rulesEngineInputs = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sample = CitizenWeekSample.Caseload(SampleSize);
        _handWritten = new HandWrittenLab2019();
        _due = new DueEvent[Requirement.Count * 2];
        _rulesEngine = new RulesEngineClassifier();
        _rulesEngineInputs = _sample.Citizens.Take(RulesEngineSampleSize).Select(c => RulesEngineClassifier.Input(in c)).ToArray();
        SetupGenerated();
        SetupInterpreter();
    }

    partial void SetupGenerated();

    partial void SetupInterpreter();

    [Benchmark(Baseline = true, OperationsPerInvoke = SampleSize, Description = "hand-written")]
    [BenchmarkCategory("Classify")]
    public int ClassifyHandWritten()
    {
        var regime = _handWritten;
        var citizens = _sample.Citizens;
        var sum = 0;
        for (var i = 0; i < citizens.Length; i++) sum += regime.Classify(in citizens[i]);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = RulesEngineSampleSize, Description = "RulesEngine 6.0.1")]
    [BenchmarkCategory("Classify")]
    public int ClassifyRulesEngine()
    {
        var sum = 0;
        foreach (var input in _rulesEngineInputs) sum += _rulesEngine.Classify(input)?.Length ?? -1;
        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = SampleSize, Description = "hand-written")]
    [BenchmarkCategory("Classify+Schedule")]
    public int ScheduleHandWritten()
    {
        var regime = _handWritten;
        var citizens = _sample.Citizens;
        var weeks = _sample.Weeks;
        var due = _due.AsSpan();
        var sum = 0;
        for (var i = 0; i < citizens.Length; i++)
        {
            var group = regime.Classify(in citizens[i]);
            sum += regime.Schedule(in citizens[i], group, in weeks[i], due);
        }
        return sum;
    }
}
