using System.Numerics;
using Lovkode.Uncertainty.Randomness;

namespace Lovkode.Uncertainty.Sampling;

/// <summary>
/// The Sobol' low-discrepancy sequence (Sobol', "On the distribution of points in a cube and the
/// approximate evaluation of integrals", USSR Comput. Math. Math. Phys. 7, 1967) in up to
/// <see cref="SobolDirectionNumbers.MaxDimensions"/> dimensions, with Joe &amp; Kuo's direction numbers,
/// optionally randomised by Owen's nested uniform scrambling.
/// </summary>
/// <remarks>
/// Point i is made directly from the Gray code of i (Antonov &amp; Saleev 1979): coordinate j is the XOR of
/// the direction numbers v_j,k over the set bits k of i ⊕ (i ≫ 1). Any point can thus be made on its own.
/// The first 2^m points of every coordinate hit each interval [k ÷ 2^m, (k + 1) ÷ 2^m) exactly once.
///
/// The scramble (Owen, "Randomly permuted (t,m,s)-nets and (t,s)-sequences", 1995) flips binary digit k
/// of coordinate j with a random bit that depends on the seed, j, k and the k digits above it, so every
/// subinterval's halves are swapped or not independently. It keeps the net's stratification, makes
/// every point uniform on the cube, and makes the error of an average behave like a random sample's
/// or better. A digital shift alone (one flip per digit, whatever the digits above) is not enough: on
/// Sobol's G function at 256 base rows its total indices came out on one side of the truth for 100 of 100
/// seeds. The random bits come from a counter-based hash of (seed, j, k, digits above), so the scramble
/// needs no tables. Point 0 is kept (Owen, "On dropping the first Sobol' point", 2022).
/// </remarks>
public sealed class SobolSequence : IUnitDesign
{
    private readonly uint[][] _directions;
    private readonly UniformStream[]? _scramble;

    /// <summary>The first <paramref name="count"/> points in <paramref name="dimensions"/> dimensions; scrambled when <paramref name="scrambleSeed"/> is given.</summary>
    public SobolSequence(int count, int dimensions, ulong? scrambleSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfNegative(dimensions);
        if (dimensions > SobolDirectionNumbers.MaxDimensions)
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions, $"a Sobol' sequence here has at most {SobolDirectionNumbers.MaxDimensions} dimensions");
        Count = count;
        Dimensions = dimensions;
        ScrambleSeed = scrambleSeed;
        _directions = new uint[dimensions][];
        for (var j = 0; j < dimensions; j++) _directions[j] = SobolDirectionNumbers.For(j);
        if (scrambleSeed is { } seed)
        {
            _scramble = new UniformStream[dimensions];
            for (var j = 0; j < dimensions; j++) _scramble[j] = new UniformStream(seed, StreamScramble, (ulong)j);
        }
    }

    private const ulong StreamScramble = 3;

    public int Count { get; }

    public int Dimensions { get; }

    /// <summary>The seed of the scramble, or null for the plain sequence.</summary>
    public ulong? ScrambleSeed { get; }

    public void Fill(int row, Span<double> unit)
    {
        if ((uint)row >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(row), row, $"the design has rows 0..{Count - 1}");
        if (unit.Length != Dimensions) throw new ArgumentException($"expected {Dimensions} coordinates, got {unit.Length}", nameof(unit));
        for (var j = 0; j < Dimensions; j++) unit[j] = Coordinate((uint)row, j);
    }

    /// <summary>Coordinate <paramref name="dimension"/> of point <paramref name="index"/> as a 32-bit binary fraction.</summary>
    public uint CoordinateBits(uint index, int dimension)
    {
        var gray = index ^ (index >> 1);
        var x = 0u;
        var v = _directions[dimension];
        while (gray != 0)
        {
            x ^= v[BitOperations.TrailingZeroCount(gray)];
            gray &= gray - 1;
        }
        return _scramble is null ? x : Scramble(x, _scramble[dimension]);
    }

    /// <summary>Coordinate <paramref name="dimension"/> of point <paramref name="index"/> in [0, 1).</summary>
    public double Coordinate(uint index, int dimension) => CoordinateBits(index, dimension) * (1.0 / 4294967296.0);

    /// <summary>Owen's nested scramble of one coordinate: digit k flips by a random bit keyed by (k, the k digits above it).</summary>
    private static uint Scramble(uint x, UniformStream stream)
    {
        var flips = 0u;
        for (var k = 0; k < SobolDirectionNumbers.Bits; k++)
        {
            var above = k == 0 ? 0u : x >> (SobolDirectionNumbers.Bits - k);
            var bit = (uint)(stream.BitsAt(((ulong)k << 32) | above) >> 63);
            flips |= bit << (SobolDirectionNumbers.Bits - 1 - k);
        }
        return x ^ flips;
    }
}
