using Lovkode.Uncertainty.Sampling;

namespace Lovkode.Uncertainty.Tests.Sampling;

public sealed class SaltelliDesignTests
{
    [Fact]
    public void Each_ab_row_is_the_a_row_with_one_column_from_b()
    {
        var design = new SaltelliDesign(baseCount: 16, dimensions: 4, seed: 3);
        Assert.Equal(16 * 6, design.Count);
        var a = new double[4];
        var b = new double[4];
        var ab = new double[4];
        for (var j = 0; j < 16; j++)
        {
            design.Fill(design.RowOf(j, SaltelliMatrix.A), a);
            design.Fill(design.RowOf(j, SaltelliMatrix.B), b);
            Assert.All(Enumerable.Range(0, 4), i => Assert.NotEqual(a[i], b[i]));
            for (var i = 0; i < 4; i++)
            {
                var row = design.RowOf(j, SaltelliMatrix.AB, i);
                Assert.Equal(new SaltelliRow(j, SaltelliMatrix.AB, i), design.Role(row));
                design.Fill(row, ab);
                for (var k = 0; k < 4; k++) Assert.Equal(k == i ? b[k] : a[k], ab[k]);
            }
        }
    }

    [Fact]
    public void A_and_b_are_the_two_halves_of_one_sobol_sequence()
    {
        var design = new SaltelliDesign(baseCount: 8, dimensions: 3, seed: 21);
        var sequence = new SobolSequence(8, 6, scrambleSeed: 21);
        var a = new double[3];
        var b = new double[3];
        for (var j = 0; j < 8; j++)
        {
            design.Fill(design.RowOf(j, SaltelliMatrix.A), a);
            design.Fill(design.RowOf(j, SaltelliMatrix.B), b);
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(sequence.Coordinate((uint)j, i), a[i]);
                Assert.Equal(sequence.Coordinate((uint)j, 3 + i), b[i]);
            }
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_design_and_rows_stream_in_block_order()
    {
        var first = new SaltelliDesign(32, 5, seed: 9);
        var second = new SaltelliDesign(32, 5, seed: 9);
        var other = new SaltelliDesign(32, 5, seed: 10);
        var x = new double[5];
        var y = new double[5];
        var z = new double[5];
        var differs = false;
        for (var row = 0; row < first.Count; row++)
        {
            first.Fill(row, x);
            second.Fill(row, y);
            other.Fill(row, z);
            Assert.Equal(x, y);
            differs |= !x.SequenceEqual(z);
            var role = first.Role(row);
            Assert.Equal(row / 7, role.Base);
            Assert.Equal(row, first.RowOf(role.Base, role.Matrix, role.Column));
        }
        Assert.True(differs);
    }

    [Fact]
    public void Limits_are_refused_with_reasons()
    {
        Assert.Contains("at least 2", Assert.Throws<ArgumentOutOfRangeException>(() => new SaltelliDesign(1, 3, 0)).Message);
        Assert.Contains("1 to 512", Assert.Throws<ArgumentOutOfRangeException>(() => new SaltelliDesign(8, SaltelliDesign.MaxDimensions + 1, 0)).Message);
        Assert.Contains("2^31", Assert.Throws<ArgumentOutOfRangeException>(() => new SaltelliDesign(1 << 30, 10, 0)).Message);
    }
}
