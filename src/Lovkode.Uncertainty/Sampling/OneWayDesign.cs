using Lovkode.Uncertainty.Distributions;

namespace Lovkode.Uncertainty.Sampling;

/// <summary>What a one-way row sets its input to.</summary>
public enum OneWayLevel : byte
{
    /// <summary>Every input at its point value (the base run).</summary>
    Point,
    /// <summary>The input at the low bound of its range.</summary>
    Low,
    /// <summary>The input at the high bound of its range.</summary>
    High,
}

/// <summary>Row <c>r</c> of a one-way design: which input it moves (−1 for the base run) and to which bound.</summary>
public readonly record struct OneWayStep(int Input, OneWayLevel Level);

/// <summary>
/// The one-way (tornado) design: a base run with every input at its point, then for each input that
/// varies a run at its low bound and one at its high bound, the others at their points: 1 + 2d runs.
/// Unlike the other designs it writes model values directly, since its levels are the declared
/// bounds, not quantiles.
/// </summary>
public sealed class OneWayDesign
{
    private readonly InputSpace _space;

    public OneWayDesign(InputSpace space)
    {
        _space = space;
    }

    public InputSpace Space => _space;

    /// <summary>1 + 2 × the number of varying inputs.</summary>
    public int Count => 1 + 2 * _space.Dimensions;

    /// <summary>What row <paramref name="row"/> does: row 0 is the base, then each varying input low, high.</summary>
    public OneWayStep Step(int row)
    {
        if ((uint)row >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(row), row, $"the design has rows 0..{Count - 1}");
        if (row == 0) return new OneWayStep(-1, OneWayLevel.Point);
        var (k, level) = Math.DivRem(row - 1, 2);
        return new OneWayStep(_space.Varying[k], level == 0 ? OneWayLevel.Low : OneWayLevel.High);
    }

    /// <summary>The row of input <paramref name="input"/> (an index into <c>InputSpace.Inputs</c>) at <paramref name="level"/>.</summary>
    public int RowOf(int input, OneWayLevel level)
    {
        if (level == OneWayLevel.Point) return 0;
        var k = IndexOf(input);
        return 1 + 2 * k + (level == OneWayLevel.Low ? 0 : 1);
    }

    /// <summary>Writes the model's values for row <paramref name="row"/> into <paramref name="values"/> (one per input).</summary>
    public void Fill(int row, Span<double> values)
    {
        var step = Step(row);
        _space.Points(values);
        if (step.Input < 0) return;
        var marginal = _space.MarginalOf(step.Input);
        values[step.Input] = step.Level == OneWayLevel.Low ? marginal.Low : marginal.High;
    }

    private int IndexOf(int input)
    {
        for (var k = 0; k < _space.Varying.Count; k++)
        {
            if (_space.Varying[k] == input) return k;
        }
        throw new ArgumentOutOfRangeException(nameof(input), input, "the input does not vary, so the design has no row for it");
    }
}
