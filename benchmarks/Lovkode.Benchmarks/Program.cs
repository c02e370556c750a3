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
        if (args is [Compiler.ColdCompileStudy.ChildSwitch]) return Compiler.ColdCompileStudy.RunChild();
        SuiteOptions options;
        try
        {
            options = SuiteOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        var disagreements = EquivalenceCheck.Run(Console.Out);
        if (disagreements > 0)
        {
            Console.Error.WriteLine($"The evaluators disagree in {disagreements} case(s); no benchmark is run.");
            return 1;
        }
        if (options.CheckOnly) return 0;

        // A failed part does not stop the others; the exit code says that something failed.
        var exitCode = 0;
        if (options.RunBenchmarks)
        {
            PeakWorkingSetColumn.PrepareHost(SuiteConfig.ArtifactsPath);
            var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(options.BenchmarkArgs, SuiteConfig.Create());
            if (summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success))) exitCode = 2;
        }

        if (options.Selects("Lovkode.Benchmarks.Compiler.ColdCompileStudy") && !RunStudy("cold compile", () => Compiler.ColdCompileStudy.Run(options.Dry, Console.Out))) exitCode = 2;

        if (options.RunVarianceStudy && !RunStudy("variance reduction", () => VarianceReductionStudy.Run(options.Dry, options.VarianceReplications, Console.Out)
                .WriteMarkdown(Path.Combine(SuiteConfig.ArtifactsPath, "results", "variance-reduction.md"))))
        {
            exitCode = 2;
        }
        return exitCode;
    }

    private static bool RunStudy(string name, Action study)
    {
        try
        {
            study();
            return true;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"{name}: failed: {e.Message}");
            return false;
        }
    }
}
