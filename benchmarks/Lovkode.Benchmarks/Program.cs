using BenchmarkDotNet.Running;
using Lovkode.Benchmarks.Evaluator;
using Lovkode.Benchmarks.Infrastructure;
using Lovkode.Benchmarks.VarianceReduction;

namespace Lovkode.Benchmarks;

/// <summary>
/// The suite: first the equivalence check (the evaluators must agree before any of them is
/// timed), then the BenchmarkDotNet benchmarks the arguments select, then the variance
/// reduction study. <c>--job dry</c> is the CI smoke run: every benchmark once, the study on
/// a small population.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
#if LOVKODE_COMPILER
        if (args is [Compiler.ColdCompileStudy.ChildSwitch]) return Compiler.ColdCompileStudy.RunChild();
#endif
        var options = SuiteOptions.Parse(args);

        var disagreements = EquivalenceCheck.Run(Console.Out);
        if (disagreements > 0)
        {
            Console.Error.WriteLine($"The evaluators disagree in {disagreements} case(s); no benchmark is run.");
            return 1;
        }
        if (options.CheckOnly) return 0;

        if (options.RunBenchmarks)
        {
            PeakWorkingSetColumn.PrepareHost(SuiteConfig.ArtifactsPath);
            var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(options.BenchmarkArgs, SuiteConfig.Create());
            if (summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success))) return 2;
        }

#if LOVKODE_COMPILER
        if (options.Selects("Lovkode.Benchmarks.Compiler.ColdCompileStudy")) Compiler.ColdCompileStudy.Run(options.Dry, Console.Out);
#else
        Console.WriteLine("compiler benchmarks: the emitter (src/Lovkode.Spec/Emit) is not in this build; generator and run-time compile benchmarks left out");
#endif

        if (options.RunVarianceStudy)
        {
            var study = VarianceReductionStudy.Run(options.Dry, Console.Out);
            study.WriteMarkdown(Path.Combine(SuiteConfig.ArtifactsPath, "results", "variance-reduction.md"));
        }
        return 0;
    }
}
