using Lovkode.Uncertainty.Distributions;

namespace Lovkode.Uncertainty.Sampling;

/// <summary>One run of a design: its row and the values of every input (varying or not).</summary>
public sealed record InputSample(int Row, double[] Values);

/// <summary>
/// Streams a design's runs one at a time, so a caller holds only the run at hand and its own
/// per-run summary, never the whole design or all outcomes. For parallel work, call
/// <see cref="IUnitDesign.Fill"/> and <see cref="InputSpace.ToValues"/> per row instead: every row is
/// independent of the others.
/// </summary>
public static class DesignSamples
{
    /// <summary>Rows <paramref name="from"/>..<paramref name="to"/> (exclusive; default all) of a unit-cube design, as model values.</summary>
    public static IEnumerable<InputSample> Samples(this InputSpace space, IUnitDesign design, int from = 0, int? to = null)
    {
        if (design.Dimensions != space.Dimensions)
            throw new ArgumentException($"the design has {design.Dimensions} dimensions but the space has {space.Dimensions} varying inputs", nameof(design));
        var end = to ?? design.Count;
        if (from < 0 || end > design.Count || from > end) throw new ArgumentOutOfRangeException(nameof(from), $"rows {from}..{end} are not within 0..{design.Count}");
        return Iterate(space, design, from, end);
    }

    /// <summary>Every row of a one-way design, as model values.</summary>
    public static IEnumerable<InputSample> Samples(this OneWayDesign design)
    {
        for (var row = 0; row < design.Count; row++)
        {
            var values = new double[design.Space.Count];
            design.Fill(row, values);
            yield return new InputSample(row, values);
        }
    }

    private static IEnumerable<InputSample> Iterate(InputSpace space, IUnitDesign design, int from, int end)
    {
        var unit = new double[design.Dimensions];
        for (var row = from; row < end; row++)
        {
            design.Fill(row, unit);
            var values = new double[space.Count];
            space.ToValues(unit, values);
            yield return new InputSample(row, values);
        }
    }
}
