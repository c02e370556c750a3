using Lovkode.Uncertainty.TestFunctions;
using Xunit.Abstractions;

namespace Lovkode.Uncertainty.Tests.Analysis;

/// <summary>
/// The 95% bootstrap intervals cover the analytic indices about 95% of the time over independent
/// scrambles, at a base size a real model can afford (256 base rows). One lucky seed proves nothing
/// about an interval; its coverage over many seeds does. The study behind the numbers in
/// src/Lovkode.Uncertainty/README.md is this test with LOVKODE_COVERAGE_SEEDS=100.
/// </summary>
public sealed class SobolCoverageTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Ishigami", 256)]
    [InlineData("G", 256)]
    public void Bootstrap_intervals_cover_the_analytic_indices_at_about_their_level(string function, int baseCount)
    {
        var seeds = int.TryParse(Environment.GetEnvironmentVariable("LOVKODE_COVERAGE_SEEDS"), out var n) ? n : 40;
        double[] a = [0, 1, 4.5, 9, 99, 99];
        var (first, total) = function == "Ishigami" ? SobolAnalysisTests.IshigamiIndices(Ishigami.DefaultA, Ishigami.DefaultB) : SobolAnalysisTests.GIndices(a);
        var inputs = function == "Ishigami" ? Ishigami.Inputs : SobolG.Inputs(a.Length);
        Func<double[], double> model = function == "Ishigami" ? x => Ishigami.Evaluate(x) : x => SobolG.Evaluate(x, a);

        var coveredFirst = new int[first.Length];
        var coveredTotal = new int[first.Length];
        for (var seed = 1; seed <= seeds; seed++)
        {
            var result = SobolAnalysisTests.Run(inputs, model, baseCount, (ulong)seed, resamples: 500);
            for (var i = 0; i < first.Length; i++)
            {
                var index = result.Indices[i];
                if (first[i] >= index.FirstInterval.Low && first[i] <= index.FirstInterval.High) coveredFirst[i]++;
                if (total[i] >= index.TotalInterval.Low && total[i] <= index.TotalInterval.High) coveredTotal[i]++;
            }
        }
        output.WriteLine($"{function}, N = {baseCount}, {seeds} seeds: first-order covered {string.Join(", ", coveredFirst)}; total covered {string.Join(", ", coveredTotal)}");
        // 80% leaves room for binomial luck around 95% (at 40 seeds, 32 or fewer has probability below 1e-4 at 95%
        // and about 2% at 88%, the lowest rate measured over 100 seeds) while catching intervals that are too narrow.
        Assert.All(coveredFirst.Concat(coveredTotal), c => Assert.True(c >= 0.8 * seeds, $"covered {c} of {seeds}"));
    }
}
