using Lovkode.Simulation.Results;

namespace Lovkode.Simulation.Tests.Support;

internal static class ResultAsserts
{
    public static double Total(this SimulationResult result, string metric, int arm = 0) =>
        result.Arms[arm].Find(metric)?.Mean ?? throw new InvalidOperationException($"No metric {metric}");

    /// <summary>Every estimate of both results, field by field, bit for bit.</summary>
    public static void Identical(SimulationResult a, SimulationResult b)
    {
        Assert.Equal(a.Arms.Count, b.Arms.Count);
        for (var i = 0; i < a.Arms.Count; i++) Assert.Equal(a.Arms[i].Estimates, b.Arms[i].Estimates);
        Assert.Equal(a.Comparisons.Count, b.Comparisons.Count);
        for (var i = 0; i < a.Comparisons.Count; i++) Assert.Equal(a.Comparisons[i].Deltas, b.Comparisons[i].Deltas);
    }
}
