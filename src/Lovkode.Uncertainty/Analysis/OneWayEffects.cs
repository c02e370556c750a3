using Lovkode.Uncertainty.Sampling;

namespace Lovkode.Uncertainty.Analysis;

/// <summary>
/// One bar of a tornado chart: an input at its low and its high bound with the others at their
/// points, and the outcome at each. <see cref="Swing"/> = |AtHigh − AtLow| orders the bars.
/// </summary>
/// <param name="Input">The input's index into <c>InputSpace.Inputs</c>.</param>
public sealed record TornadoBar(int Input, string Name, double Low, double High, double Base, double AtLow, double AtHigh)
{
    /// <summary>How far the outcome moves across the input's range.</summary>
    public double Swing => Math.Abs(AtHigh - AtLow);

    /// <summary>The outcome's change from the base run with the input at its low bound.</summary>
    public double LowEffect => AtLow - Base;

    /// <summary>The outcome's change from the base run with the input at its high bound.</summary>
    public double HighEffect => AtHigh - Base;
}

/// <summary>
/// One-way sensitivity: the outcome of each run of a <see cref="OneWayDesign"/>, as tornado bars,
/// widest swing first (ties in input order). It shows each input's effect alone and says nothing of
/// interactions; the Sobol' indices do.
/// </summary>
public static class OneWayEffects
{
    /// <summary>The bars from <paramref name="outputs"/>, one per design row in the design's order.</summary>
    public static IReadOnlyList<TornadoBar> Analyze(OneWayDesign design, ReadOnlySpan<double> outputs)
    {
        if (outputs.Length != design.Count) throw new ArgumentException($"expected {design.Count} outputs (one per design row), got {outputs.Length}", nameof(outputs));
        var space = design.Space;
        var baseValue = outputs[0];
        var bars = new List<TornadoBar>(space.Dimensions);
        foreach (var input in space.Varying)
        {
            var marginal = space.MarginalOf(input);
            bars.Add(new TornadoBar(
                input,
                space.Inputs[input].Name,
                marginal.Low,
                marginal.High,
                baseValue,
                outputs[design.RowOf(input, OneWayLevel.Low)],
                outputs[design.RowOf(input, OneWayLevel.High)]));
        }
        return bars.OrderByDescending(b => b.Swing).ThenBy(b => b.Input).ToArray();
    }
}
