using Lovkode.Uncertainty.Analysis;
using Lovkode.Uncertainty.Randomness;
using MathNet.Numerics.Distributions;

namespace Lovkode.Uncertainty.Tests.Analysis;

/// <summary>Synthetic outcomes with known variance components: Y_ir = μ + a_i + b_r + e_ir.</summary>
public sealed class VarianceSplitTests
{
    private const double Mu = 2.4e6;
    private const double SdSample = 3000;   // the inputs' effect
    private const double SdShared = 800;    // noise shared by all samples under common random numbers
    private const double SdOwn = 1500;      // noise of each run

    private static double[][] Outcomes(int samples, int replications, bool shared, ulong seed)
    {
        var stream = new UniformStream(seed);
        double Gauss(double sd) => sd * Normal.InvCDF(0, 1, 1e-12 + (1 - 2e-12) * stream.NextDouble());
        var b = Enumerable.Range(0, replications).Select(_ => shared ? Gauss(SdShared) : 0).ToArray();
        return Enumerable.Range(0, samples).Select(_ =>
        {
            var a = Gauss(SdSample);
            return Enumerable.Range(0, replications).Select(r => Mu + a + b[r] + Gauss(SdOwn)).ToArray();
        }).ToArray();
    }

    [Fact]
    public void Independent_replications_split_into_the_inputs_variance_and_the_noise_of_a_replication_mean()
    {
        const int r = 4;
        var accumulator = new VarianceSplitAccumulator(r, ReplicationDesign.Independent);
        foreach (var row in Outcomes(20_000, r, shared: false, seed: 1)) accumulator.Add(row);
        var split = accumulator.Result();
        Assert.Equal(SdSample * SdSample, split.Assumptions, SdSample * SdSample * 0.05);
        Assert.Equal(SdOwn * SdOwn / r, split.Noise, SdOwn * SdOwn / r * 0.05);
        Assert.Equal(split.Total, split.Assumptions + split.Noise, 1e-6 * split.Total);
        var expectedShare = SdSample * SdSample / (SdSample * SdSample + SdOwn * SdOwn / r);
        Assert.Equal(expectedShare, split.AssumptionShare, 0.01);
        Assert.Equal(1, split.AssumptionShare + split.NoiseShare, 1e-12);
    }

    [Fact]
    public void Crossed_replications_keep_the_shared_noise_out_of_the_spread_and_report_it_apart()
    {
        const int r = 50;
        var accumulator = new VarianceSplitAccumulator(r, ReplicationDesign.Crossed);
        foreach (var row in Outcomes(4000, r, shared: true, seed: 2)) accumulator.Add(row);
        var split = accumulator.Result();
        Assert.Equal(SdSample * SdSample, split.Assumptions, SdSample * SdSample * 0.06);
        Assert.Equal(SdOwn * SdOwn / r, split.Noise, SdOwn * SdOwn / r * 0.06);
        // The shared part is estimated from only r replications: a looser tolerance.
        Assert.Equal(SdShared * SdShared / r, split.CommonNoise, SdShared * SdShared / r * 0.5);

        // Read as independent, the same data would lump the shared noise in with the runs' own.
        var naive = new VarianceSplitAccumulator(r, ReplicationDesign.Independent);
        foreach (var row in Outcomes(4000, r, shared: true, seed: 2)) naive.Add(row);
        Assert.True(naive.Result().Noise > split.Noise * 1.1);
    }

    [Fact]
    public void Outcomes_without_noise_are_all_due_to_the_inputs_and_constant_ones_to_nothing()
    {
        var clean = new VarianceSplitAccumulator(3, ReplicationDesign.Crossed);
        for (var i = 0; i < 10; i++) clean.Add([i, i, i]);
        Assert.Equal(1, clean.Result().AssumptionShare);

        var constant = new VarianceSplitAccumulator(2, ReplicationDesign.Independent);
        for (var i = 0; i < 10; i++) constant.Add([5, 5]);
        var split = constant.Result();
        Assert.Equal(0, split.Total);
        Assert.Equal(0, split.AssumptionShare);
    }

    [Fact]
    public void Known_standard_errors_give_the_noise_directly()
    {
        double[] outcomes = [10, 12, 14, 16, 18];
        double[] se = [1, 1, 1, 1, 1];
        var split = VarianceSplit.FromStandardErrors(outcomes, se);
        Assert.Equal(10, split.Total, 1e-12);
        Assert.Equal(1, split.Noise, 1e-12);
        Assert.Equal(9, split.Assumptions, 1e-12);
    }

    [Fact]
    public void Too_few_replications_or_samples_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new VarianceSplitAccumulator(1, ReplicationDesign.Independent));
        var one = new VarianceSplitAccumulator(2, ReplicationDesign.Independent);
        one.Add([1, 2]);
        Assert.Throws<InvalidOperationException>(() => one.Result());
        Assert.Throws<ArgumentException>(() => one.Add([1, 2, 3]));
    }
}
