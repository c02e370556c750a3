namespace Lovkode.Simulation.Analysis.Results;

/// <summary>Which run of the analysis a row is.</summary>
public enum RowKind : byte
{
    /// <summary>Every assumption at its point: the plain run.</summary>
    Point,

    /// <summary>A sample of the Latin hypercube.</summary>
    Sample,

    /// <summary>Row of matrix A of a Saltelli design.</summary>
    SobolA,

    /// <summary>Row of matrix B of a Saltelli design.</summary>
    SobolB,

    /// <summary>Row of A_B^(i): A's row with one assumption's column from B.</summary>
    SobolAB,

    /// <summary>One assumption at its low bound, the others at their points.</summary>
    OneWayLow,

    /// <summary>One assumption at its high bound, the others at their points.</summary>
    OneWayHigh,
}

/// <summary>
/// One world of the analysis, as the samples file writes it: which run it is (for a Saltelli row
/// its base row and, for A_B^(i), the assumption i; for a one-way row the assumption moved), the
/// value of every varying assumption, every outcome, each calibration target's value and whether
/// the world met the targets.
/// </summary>
/// <param name="Assumption">The index of the assumption moved (one-way, A_B^(i)), or -1.</param>
/// <param name="Base">The base row of a Saltelli design, or -1.</param>
/// <param name="Calibration">One value per calibration target, or null when the analysis does not calibrate.</param>
public sealed record SampleRow(int Row, RowKind Kind, int Base, int Assumption, double[] Values, double[] Outcomes, double[]? Calibration, bool Accepted)
{
    /// <summary>Each outcome's value in each of the world's replications ([outcome][replication]).</summary>
    public double[][] Replicates { get; init; } = [];
}
