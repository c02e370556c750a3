using BenchmarkDotNet.Attributes;
using Lovkode.Runtime;
using Lovkode.Spec.Evaluation;

namespace Lovkode.Benchmarks.Evaluator;

/// <summary>
/// The reference interpreter (Lovkode.Spec.Evaluation) on the bound Lab2019: no generated code.
/// Its facts are int lists indexed by slot; they are built once, outside the timing.
/// </summary>
public partial class EvaluatorBenchmarks
{
    private RegimeInterpreter _interpreter = null!;
    private int[][] _facts = null!;

    partial void SetupInterpreter()
    {
        _interpreter = LawInterpreter.Create("Lab2019");
        _facts = _sample.Citizens.Select(c => LawInterpreter.Facts(in c)).ToArray();
    }

    [Benchmark(OperationsPerInvoke = SampleSize, Description = "reference interpreter")]
    [BenchmarkCategory("Classify")]
    public int ClassifyInterpreter()
    {
        var sum = 0;
        for (var i = 0; i < _facts.Length; i++) sum += _interpreter.Classify(_facts[i]);
        return sum;
    }

    [Benchmark(OperationsPerInvoke = SampleSize, Description = "reference interpreter")]
    [BenchmarkCategory("Classify+Schedule")]
    public int ScheduleInterpreter()
    {
        var weeks = _sample.Weeks;
        var sum = 0;
        for (var i = 0; i < _facts.Length; i++)
        {
            var group = _interpreter.Classify(_facts[i]);
            sum += _interpreter.Due(_facts[i], group, weeks[i].SpellWeek, weeks[i].CumulativeWeeks, weeks[i].DayNumber).Count;
        }
        return sum;
    }
}
