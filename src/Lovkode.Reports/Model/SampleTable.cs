namespace Lovkode.Reports.Model;

/// <summary>
/// Every world of an uncertainty analysis as a table for R, pandas and DuckDB users
/// (uncertainty-samples.csv and .parquet): one row per world with which run it is, whether it met
/// the calibration targets, the value of every varying assumption, every outcome, and each
/// calibration target's value in it.
/// </summary>
/// <param name="Assumptions">Column names: the varying assumptions, in the analysis's order.</param>
/// <param name="Outcomes">Column names: the outcomes (<c>arm:Regime:metric</c>, <c>delta:Reform:metric</c>, <c>change:Reform:metric</c>).</param>
/// <param name="Targets">Column names: the calibration targets (empty when the run did not calibrate).</param>
public sealed record SampleTable(IReadOnlyList<string> Assumptions, IReadOnlyList<string> Outcomes, IReadOnlyList<string> Targets, IReadOnlyList<SampleTableRow> Rows);

/// <summary>
/// One world. <see cref="Kind"/> is point, sample, sobol-a, sobol-b, sobol-ab, one-way-low or
/// one-way-high; <see cref="BaseRow"/> is a Saltelli row's base row; <see cref="Moved"/> the
/// assumption a one-way or A_B^(i) row moves.
/// </summary>
public sealed record SampleTableRow(int World, string Kind, int? BaseRow, string? Moved, bool Accepted, IReadOnlyList<double> Values, IReadOnlyList<double> Outcomes, IReadOnlyList<double> Calibration);
