namespace Lovkode.Uncertainty.Sampling;

/// <summary>Which matrix of a Saltelli design a row belongs to.</summary>
public enum SaltelliMatrix : byte
{
    /// <summary>Row j of matrix A.</summary>
    A,
    /// <summary>Row j of A_B^(i): A's row with column i taken from B.</summary>
    AB,
    /// <summary>Row j of matrix B.</summary>
    B,
}

/// <summary>Where a design row sits: base row <see cref="Base"/> of <see cref="Matrix"/>, and for A_B^(i) the column i.</summary>
public readonly record struct SaltelliRow(int Base, SaltelliMatrix Matrix, int Column);

/// <summary>
/// The design for first-order and total Sobol' indices of Saltelli et al. ("Variance based sensitivity
/// analysis of model output. Design and estimator for the total sensitivity index", Comput. Phys.
/// Commun. 181, 2010): two independent N × d matrices A and B, and d matrices A_B^(i), equal to A
/// except that column i comes from B. That is N (d + 2) model runs.
/// </summary>
/// <remarks>
/// A and B are the first and last d coordinates of a 2d-dimensional Sobol' sequence (Saltelli 2010,
/// section 3), scrambled (Owen) from the seed, so d is at most <see cref="MaxDimensions"/>. Rows are laid
/// out base row by base row, each block of d + 2 rows being A_j, A_B^(1)_j … A_B^(d)_j, B_j: a caller that
/// streams outputs keeps each base row's runs together. Choose N a power of two: the sequence's
/// stratification holds for its first 2^m points (other N are accepted).
/// </remarks>
public sealed class SaltelliDesign : IUnitDesign
{
    private readonly SobolSequence _sequence;

    /// <summary>The most inputs a design can have (half the embedded Sobol' dimensions).</summary>
    public const int MaxDimensions = SobolDirectionNumbers.MaxDimensions / 2;

    public SaltelliDesign(int baseCount, int dimensions, ulong seed)
    {
        if (baseCount < 2) throw new ArgumentOutOfRangeException(nameof(baseCount), baseCount, "a Saltelli design needs at least 2 base rows");
        if (dimensions < 1 || dimensions > MaxDimensions)
            throw new ArgumentOutOfRangeException(nameof(dimensions), dimensions, $"a Saltelli design here has 1 to {MaxDimensions} inputs");
        if ((long)baseCount * (dimensions + 2) > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(baseCount), baseCount, "the design would have more than 2^31 rows");
        BaseCount = baseCount;
        Dimensions = dimensions;
        Seed = seed;
        _sequence = new SobolSequence(baseCount, 2 * dimensions, seed);
    }

    /// <summary>N: the rows of A (and of B).</summary>
    public int BaseCount { get; }

    public int Dimensions { get; }

    public ulong Seed { get; }

    /// <summary>Rows per base row: A, the d matrices A_B^(i), and B.</summary>
    public int BlockSize => Dimensions + 2;

    public int Count => BaseCount * BlockSize;

    /// <summary>The design row of base row <paramref name="baseRow"/> in <paramref name="matrix"/> (column for A_B^(i)).</summary>
    public int RowOf(int baseRow, SaltelliMatrix matrix, int column = 0) => baseRow * BlockSize + matrix switch
    {
        SaltelliMatrix.A => 0,
        SaltelliMatrix.AB => 1 + column,
        _ => Dimensions + 1,
    };

    /// <summary>Which matrix and base row design row <paramref name="row"/> is.</summary>
    public SaltelliRow Role(int row)
    {
        var (j, offset) = Math.DivRem(row, BlockSize);
        return offset == 0 ? new SaltelliRow(j, SaltelliMatrix.A, 0)
            : offset == Dimensions + 1 ? new SaltelliRow(j, SaltelliMatrix.B, 0)
            : new SaltelliRow(j, SaltelliMatrix.AB, offset - 1);
    }

    public void Fill(int row, Span<double> unit)
    {
        if ((uint)row >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(row), row, $"the design has rows 0..{Count - 1}");
        if (unit.Length != Dimensions) throw new ArgumentException($"expected {Dimensions} coordinates, got {unit.Length}", nameof(unit));
        var role = Role(row);
        var index = (uint)role.Base;
        for (var i = 0; i < Dimensions; i++)
        {
            var fromB = role.Matrix == SaltelliMatrix.B || (role.Matrix == SaltelliMatrix.AB && role.Column == i);
            unit[i] = _sequence.Coordinate(index, fromB ? Dimensions + i : i);
        }
    }
}
