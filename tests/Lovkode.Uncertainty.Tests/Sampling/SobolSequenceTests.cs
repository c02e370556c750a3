using Lovkode.Uncertainty.Sampling;

namespace Lovkode.Uncertainty.Tests.Sampling;

public sealed class SobolSequenceTests
{
    [Fact]
    public void The_first_points_in_two_dimensions_are_the_published_ones()
    {
        // The unscrambled Joe & Kuo sequence's first 8 points in 2 dimensions, as SciPy's test suite lists them.
        double[][] expected = [[0, 0], [0.5, 0.5], [0.75, 0.25], [0.25, 0.75], [0.375, 0.375], [0.875, 0.875], [0.625, 0.125], [0.125, 0.625]];
        var sequence = new SobolSequence(8, 2, scrambleSeed: null);
        for (var i = 0; i < 8; i++)
        {
            var point = new double[2];
            sequence.Fill(i, point);
            Assert.Equal(expected[i], point);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData(2026ul)]
    public void Every_dimension_hits_each_dyadic_interval_once_in_the_first_power_of_two_points(ulong? scramble)
    {
        // A (0, m, 1)-net in every coordinate: true of any Sobol' sequence with valid direction numbers, and kept by the scramble.
        const int m = 10;
        var sequence = new SobolSequence(1 << m, SobolDirectionNumbers.MaxDimensions, scramble);
        for (var d = 0; d < SobolDirectionNumbers.MaxDimensions; d++)
        {
            var seen = new bool[1 << m];
            for (var i = 0u; i < 1 << m; i++)
            {
                var cell = sequence.CoordinateBits(i, d) >> (32 - m);
                Assert.False(seen[cell], $"dimension {d}: cell {cell} hit twice");
                seen[cell] = true;
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData(12345ul)]
    public void The_first_two_dimensions_form_a_0_m_2_net(ulong? scramble)
    {
        // Every elementary interval of area 2^-m (2^k × 2^(m−k) boxes) holds exactly one of the first 2^m points.
        const int m = 8;
        var sequence = new SobolSequence(1 << m, 2, scramble);
        for (var k = 0; k <= m; k++)
        {
            var seen = new HashSet<(uint, uint)>();
            for (var i = 0u; i < 1 << m; i++)
            {
                var x = k == 0 ? 0 : sequence.CoordinateBits(i, 0) >> (32 - k);
                var y = k == m ? 0 : sequence.CoordinateBits(i, 1) >> (32 - (m - k));
                Assert.True(seen.Add((x, y)), $"box ({x}, {y}) of the 2^{k} × 2^{m - k} grid hit twice");
            }
        }
    }

    [Fact]
    public void The_scramble_depends_on_the_seed_and_makes_each_point_uniform()
    {
        var one = new SobolSequence(64, 3, scrambleSeed: 7);
        var again = new SobolSequence(64, 3, scrambleSeed: 7);
        var other = new SobolSequence(64, 3, scrambleSeed: 8);
        for (var i = 0u; i < 64; i++)
        {
            for (var d = 0; d < 3; d++) Assert.Equal(one.Coordinate(i, d), again.Coordinate(i, d));
        }
        Assert.NotEqual(one.Coordinate(5, 1), other.Coordinate(5, 1));

        // Over seeds, a fixed point's coordinate is uniform on [0, 1) (Kolmogorov–Smirnov at 1%: 1.63 ÷ √n),
        // for the origin of the plain sequence too.
        const int seeds = 2000;
        foreach (var (point, dimension) in new[] { (0u, 0), (5u, 1), (37u, 2) })
        {
            var draws = Enumerable.Range(0, seeds).Select(s => new SobolSequence(64, 3, (ulong)s).Coordinate(point, dimension)).Order().ToArray();
            var distance = draws.Select((x, i) => Math.Max(x - (double)i / seeds, (i + 1.0) / seeds - x)).Max();
            Assert.True(distance < 1.63 / Math.Sqrt(seeds), $"point {point}, dimension {dimension}: D = {distance}");
        }
    }

    [Fact]
    public void Scrambled_points_of_two_dimensions_are_independent_over_seeds()
    {
        // Pairs (x, y) of one scrambled point fall into the four quadrants alike (χ² with 3 degrees of freedom, 1%: 11.34).
        const int seeds = 4000;
        var counts = new int[4];
        for (var s = 0; s < seeds; s++)
        {
            var sequence = new SobolSequence(8, 2, (ulong)s);
            counts[(sequence.Coordinate(3, 0) < 0.5 ? 0 : 1) + (sequence.Coordinate(3, 1) < 0.5 ? 0 : 2)]++;
        }
        var chi2 = counts.Sum(c => (c - seeds / 4.0) * (c - seeds / 4.0) / (seeds / 4.0));
        Assert.True(chi2 < 11.34, $"χ² = {chi2}");
    }

    [Fact]
    public void The_embedded_table_holds_distinct_primitive_polynomials_in_order_of_degree_with_valid_initial_numbers()
    {
        var polynomials = SobolDirectionNumbers.Polynomials;
        Assert.Equal(SobolDirectionNumbers.MaxDimensions - 1, polynomials.Count);
        var seen = new HashSet<(int, uint)>();
        var previousDegree = 0;
        for (var j = 0; j < polynomials.Count; j++)
        {
            var p = polynomials[j];
            Assert.Equal(j + 1, p.Dimension);
            Assert.True(p.Degree >= previousDegree, $"dimension {p.Dimension}: degrees must not decrease");
            previousDegree = p.Degree;
            Assert.True(seen.Add((p.Degree, p.Coefficients)), $"dimension {p.Dimension}: polynomial repeated");
            Assert.True(p.Coefficients < 1u << Math.Max(p.Degree - 1, 0));
            Assert.True(IsPrimitive(p.Degree, p.Coefficients), $"dimension {p.Dimension}: x^{p.Degree} with a = {p.Coefficients} is not primitive");
            for (var k = 0; k < p.Degree; k++)
            {
                var mk = p.Initial[k];
                Assert.True(mk % 2 == 1 && mk < 1u << (k + 1), $"dimension {p.Dimension}: m_{k + 1} = {mk} must be odd and below 2^{k + 1}");
            }
        }
        // Every primitive polynomial of degree below the last is used, as in Joe & Kuo's ordering:
        // φ(2^s − 1) ÷ s of degree s (1, 1, 2, 2, 6, 6, 18, 16, 48, 60, 176, 144 for s = 1..12).
        int[] counts = [1, 1, 2, 2, 6, 6, 18, 16, 48, 60, 176, 144];
        for (var s = 1; s < previousDegree; s++)
        {
            Assert.Equal(counts[s - 1], polynomials.Count(p => p.Degree == s));
        }
    }

    [Fact]
    public void A_dimension_beyond_the_table_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SobolSequence(4, SobolDirectionNumbers.MaxDimensions + 1, null));
    }

    /// <summary>Whether x^s + (inner bits of a) + 1 is primitive over GF(2): x has order 2^s − 1 modulo it.</summary>
    private static bool IsPrimitive(int s, uint a)
    {
        var poly = (1UL << s) | ((ulong)a << 1) | 1;
        var order = (1UL << s) - 1;
        if (PowerOfX(order, poly, s) != 1) return false;
        for (var q = 2UL; q <= order; q++)
        {
            if (order % q != 0 || !IsPrime(q)) continue;
            if (PowerOfX(order / q, poly, s) == 1) return false;
        }
        return true;
    }

    private static ulong PowerOfX(ulong exponent, ulong poly, int s)
    {
        ulong result = 1, x = s == 1 ? 1UL : 2UL; // x mod (x + 1) = 1
        while (exponent > 0)
        {
            if ((exponent & 1) != 0) result = MulMod(result, x, poly, s);
            x = MulMod(x, x, poly, s);
            exponent >>= 1;
        }
        return result;
    }

    private static ulong MulMod(ulong a, ulong b, ulong poly, int s)
    {
        ulong r = 0;
        while (b != 0)
        {
            if ((b & 1) != 0) r ^= a;
            b >>= 1;
            a <<= 1;
            if ((a >> s & 1) != 0) a ^= poly;
        }
        return r;
    }

    private static bool IsPrime(ulong q)
    {
        for (var f = 2UL; f * f <= q; f++)
        {
            if (q % f == 0) return false;
        }
        return true;
    }
}
