using Lovkode.Uncertainty.Randomness;

namespace Lovkode.Uncertainty.Sampling;

/// <summary>
/// A Latin hypercube (McKay, Beckman &amp; Conover, "A comparison of three methods for selecting
/// values of input variables in the analysis of output from a computer code", Technometrics 21,
/// 1979): each dimension's [0, 1) is cut into <see cref="Count"/> equal strata, and every stratum of
/// every dimension is hit by exactly one row. Row i takes stratum π_d(i) of dimension d, where π_d is
/// a random permutation, at a uniform position inside it.
/// </summary>
/// <remarks>
/// Each dimension draws its permutation from its own stream (seed, dimension), and each jitter from
/// the stream's counter, so the design is a pure function of (seed, count, dimensions), and adding a
/// dimension leaves the columns of the others unchanged. The permutations are the design's only
/// state: Count × Dimensions integers (200 samples of 40 inputs: 32 KB).
/// </remarks>
public sealed class LatinHypercube : IUnitDesign
{
    private readonly int[][] _strata;
    private readonly UniformStream[] _jitter;

    public LatinHypercube(int count, int dimensions, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfNegative(dimensions);
        Count = count;
        Dimensions = dimensions;
        Seed = seed;
        _strata = new int[dimensions][];
        _jitter = new UniformStream[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            _strata[d] = new UniformStream(seed, StreamPermutation, (ulong)d).Permutation(count);
            _jitter[d] = new UniformStream(seed, StreamJitter, (ulong)d);
        }
    }

    private const ulong StreamPermutation = 1;
    private const ulong StreamJitter = 2;

    public int Count { get; }

    public int Dimensions { get; }

    public ulong Seed { get; }

    /// <summary>The stratum (0..Count−1) that row <paramref name="row"/> takes in dimension <paramref name="dimension"/>.</summary>
    public int Stratum(int row, int dimension) => _strata[dimension][row];

    public void Fill(int row, Span<double> unit)
    {
        if ((uint)row >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(row), row, $"the design has rows 0..{Count - 1}");
        if (unit.Length != Dimensions) throw new ArgumentException($"expected {Dimensions} coordinates, got {unit.Length}", nameof(unit));
        for (var d = 0; d < Dimensions; d++)
        {
            var u = (_strata[d][row] + _jitter[d].UniformAt((ulong)row)) / Count;
            // (k + U) ÷ n can round up to the stratum's upper edge; keep it inside [0, 1) and the stratum.
            unit[d] = Math.Min(u, Math.BitDecrement((_strata[d][row] + 1.0) / Count));
        }
    }
}
