using BenchmarkDotNet.Attributes;

namespace Lovkode.Benchmarks.Evaluator;

/// <summary>The class the generator emits from Lab2019.rules, called through its sealed type as the simulator's generic engine does.</summary>
public partial class EvaluatorBenchmarks
{
    private Lovkode.Law.Lab2019 _generated = null!;

    partial void SetupGenerated() => _generated = new Lovkode.Law.Lab2019();

    [Benchmark(OperationsPerInvoke = SampleSize, Description = "generated")]
    [BenchmarkCategory("Classify")]
    public int ClassifyGenerated()
    {
        var regime = _generated;
        var citizens = _sample.Citizens;
        var sum = 0;
        for (var i = 0; i < citizens.Length; i++) sum += regime.Classify(in citizens[i]);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = SampleSize, Description = "generated")]
    [BenchmarkCategory("Classify+Schedule")]
    public int ScheduleGenerated()
    {
        var regime = _generated;
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
