using Lovkode.Uncertainty.Analysis;
using Lovkode.Uncertainty.Distributions;
using Lovkode.Uncertainty.Sampling;
using Lovkode.Uncertainty.TestFunctions;

namespace Lovkode.Uncertainty.Tests.Analysis;

/// <summary>The estimators against functions whose indices are known in closed form, through the whole pipeline: space → design → values → function → analysis.</summary>
public sealed class SobolAnalysisTests
{
    /// <summary>Ishigami's analytic indices (Ishigami &amp; Homma 1990; Saltelli et al., "Global Sensitivity Analysis. The Primer", 2008, §4.6).</summary>
    internal static (double[] First, double[] Total) IshigamiIndices(double a, double b)
    {
        var pi4 = Math.Pow(Math.PI, 4);
        var pi8 = pi4 * pi4;
        var v1 = 0.5 * Math.Pow(1 + b * pi4 / 5, 2);
        var v2 = a * a / 8;
        var v13 = b * b * pi8 * (1.0 / 18 - 1.0 / 50);
        var v = v1 + v2 + v13;
        return ([v1 / v, v2 / v, 0], [(v1 + v13) / v, v2 / v, v13 / v]);
    }

    /// <summary>The G function's analytic indices: V_i = 1 ÷ (3 (1 + a_i)²), V = Π (1 + V_i) − 1.</summary>
    internal static (double[] First, double[] Total) GIndices(double[] a)
    {
        var vi = a.Select(x => 1 / (3 * (1 + x) * (1 + x))).ToArray();
        var product = vi.Aggregate(1.0, (p, x) => p * (1 + x));
        var v = product - 1;
        return (vi.Select(x => x / v).ToArray(), vi.Select(x => x * product / (1 + x) / v).ToArray());
    }

    internal static SobolIndices Run(IReadOnlyList<UncertainInput> inputs, Func<double[], double> model, int baseCount, ulong seed, int resamples = 1000)
    {
        var space = InputSpace.Create(inputs);
        var design = new SaltelliDesign(baseCount, space.Dimensions, seed);
        var outputs = new double[design.Count];
        foreach (var sample in space.Samples(design)) outputs[sample.Row] = model(sample.Values);
        return SobolAnalysis.Analyze(design, outputs, new SobolOptions(Resamples: resamples, Seed: seed));
    }

    [Fact]
    public void The_ishigami_functions_analytic_indices_lie_within_their_bootstrap_intervals()
    {
        var (first, total) = IshigamiIndices(Ishigami.DefaultA, Ishigami.DefaultB);
        Assert.Equal([0.3139, 0.4424, 0.0], first.Select(x => Math.Round(x, 4)));
        Assert.Equal([0.5576, 0.4424, 0.2437], total.Select(x => Math.Round(x, 4)));

        var result = Run(Ishigami.Inputs, x => Ishigami.Evaluate(x), 1 << 13, seed: 2026);
        for (var i = 0; i < 3; i++)
        {
            var index = result.Indices[i];
            Assert.InRange(first[i], index.FirstInterval.Low, index.FirstInterval.High);
            Assert.InRange(total[i], index.TotalInterval.Low, index.TotalInterval.High);
            // Intervals that could not fail would prove nothing: each is narrow.
            Assert.True(index.FirstInterval.High - index.FirstInterval.Low < 0.08, $"S{i + 1} interval too wide");
            Assert.True(index.TotalInterval.High - index.TotalInterval.Low < 0.08, $"ST{i + 1} interval too wide");
            Assert.Equal(first[i], index.First, 0.02);
            Assert.Equal(total[i], index.Total, 0.02);
        }
        // x3 acts only through its interaction with x1: the intervals tell its first and total index apart.
        Assert.True(result.Indices[2].TotalInterval.Low > result.Indices[2].FirstInterval.High);
    }

    [Fact]
    public void The_g_functions_analytic_indices_lie_within_their_bootstrap_intervals()
    {
        double[] a = [0, 1, 4.5, 9, 99, 99];
        var (first, total) = GIndices(a);
        var result = Run(SobolG.Inputs(a.Length), x => SobolG.Evaluate(x, a), 1 << 13, seed: 7);
        for (var i = 0; i < a.Length; i++)
        {
            var index = result.Indices[i];
            Assert.InRange(first[i], index.FirstInterval.Low, index.FirstInterval.High);
            Assert.InRange(total[i], index.TotalInterval.Low, index.TotalInterval.High);
            Assert.True(index.FirstInterval.High - index.FirstInterval.Low < 0.08, $"S{i + 1} interval too wide");
            Assert.True(index.TotalInterval.High - index.TotalInterval.Low < 0.08, $"ST{i + 1} interval too wide");
        }
        // The ranking the a's set: the least a matters most, a = 99 hardly at all.
        Assert.True(result.Indices[0].Total > result.Indices[1].Total && result.Indices[1].Total > result.Indices[2].Total);
        Assert.True(result.Indices[4].Total < 0.01);
    }

    [Fact]
    public void An_additive_model_has_equal_first_and_total_indices_summing_to_one()
    {
        // y = 2 x1 + x2 on uniform [0, 1]: S1 = ST1 = 4/5, S2 = ST2 = 1/5, exactly.
        var inputs = SobolG.Inputs(2);
        var result = Run(inputs, x => 2 * x[0] + x[1] + 1e6, 1 << 12, seed: 1);
        Assert.Equal(0.8, result.Indices[0].First, 0.02);
        Assert.Equal(0.8, result.Indices[0].Total, 0.02);
        Assert.Equal(0.2, result.Indices[1].First, 0.02);
        Assert.Equal(0.2, result.Indices[1].Total, 0.02);
    }

    [Fact]
    public void A_constant_output_has_zero_indices_and_says_so()
    {
        var result = Run(SobolG.Inputs(3), _ => 42, 64, seed: 1);
        Assert.True(result.IsConstant);
        Assert.Equal(42, result.Mean);
        Assert.All(result.Indices, i => Assert.True(i.First == 0 && i.Total == 0));
    }

    [Fact]
    public void The_same_seed_gives_the_same_indices_and_intervals()
    {
        var one = Run(Ishigami.Inputs, x => Ishigami.Evaluate(x), 512, seed: 3);
        var two = Run(Ishigami.Inputs, x => Ishigami.Evaluate(x), 512, seed: 3);
        Assert.Equal(one.Indices, two.Indices);
    }

    [Fact]
    public void Rows_run_in_parallel_give_the_same_indices_as_rows_run_in_order()
    {
        var space = InputSpace.Create(Ishigami.Inputs);
        var design = new SaltelliDesign(1024, 3, seed: 12);
        var sequential = new double[design.Count];
        foreach (var sample in space.Samples(design)) sequential[sample.Row] = Ishigami.Evaluate(sample.Values);
        var parallel = new double[design.Count];
        Parallel.For(0, design.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, row =>
        {
            Span<double> unit = stackalloc double[3];
            var values = new double[3];
            design.Fill(design.Count - 1 - row, unit);
            space.ToValues(unit, values);
            parallel[design.Count - 1 - row] = Ishigami.Evaluate(values);
        });
        Assert.Equal(sequential, parallel);
        Assert.Equal(SobolAnalysis.Analyze(design, sequential).Indices, SobolAnalysis.Analyze(design, parallel).Indices);
    }

    [Fact]
    public void Outputs_of_the_wrong_length_or_not_finite_are_refused()
    {
        var design = new SaltelliDesign(8, 2, 0);
        Assert.Contains("expected 32 outputs", Assert.Throws<ArgumentException>(() => SobolAnalysis.Analyze(design, new double[31])).Message);
        var bad = new double[32];
        bad[5] = double.NaN;
        Assert.Contains("not a finite number", Assert.Throws<ArgumentException>(() => SobolAnalysis.Analyze(design, bad)).Message);
    }
}
