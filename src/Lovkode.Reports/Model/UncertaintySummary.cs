namespace Lovkode.Reports.Model;

/// <summary>
/// A probabilistic sensitivity analysis of the run (results.json's <c>uncertainty</c>): how the
/// worlds were drawn, the assumptions that varied and those held, each outcome's uncertainty,
/// the calibration, the one-way effects and the Sobol' indices. Every sample with its values and
/// outcomes is in uncertainty-samples.csv (and .parquet), not here. Null when the run drew none.
/// </summary>
/// <param name="Method">"lhs" or "sobol".</param>
/// <param name="Samples">Samples (for sobol: base rows N).</param>
/// <param name="Worlds">Worlds run: the point, the samples (N (d + 2) for sobol), the one-way ends.</param>
/// <param name="PersonsPerReplication">Each world runs <see cref="Replications"/> replications of this many persons, the same persons in every world.</param>
/// <param name="SharedPopulationWorlds">Worlds that borrowed the point world's persons (they change no number the synthesis reads).</param>
public sealed record UncertaintySummary(
    string Method,
    int Samples,
    int Worlds,
    int Replications,
    int PersonsPerReplication,
    long Seed,
    double Seconds,
    int SharedPopulationWorlds,
    IReadOnlyList<VaryingAssumption> Assumptions,
    IReadOnlyList<HeldValue> Held,
    IReadOnlyList<OutcomeInterval> Outcomes,
    CalibrationSection? Calibration,
    IReadOnlyList<TornadoSection> OneWay,
    IReadOnlyList<SobolSection> Sobol);

/// <summary>An assumption that varied: where it is declared and used, its point, range and shape, and what vouches for it.</summary>
/// <param name="Source">"model" or "law".</param>
public sealed record VaryingAssumption(
    string Name,
    string Source,
    string Title,
    string Where,
    string Unit,
    double Point,
    double Low,
    double High,
    string Shape,
    bool Whole,
    string Status,
    string? Confidence,
    string Citation,
    string? Location);

/// <summary>A value with a range that the run held at its point, and why.</summary>
public sealed record HeldValue(string Name, string Source, string Reason);

/// <summary>
/// One outcome (an arm's total of a metric, a reform's delta, or its change relative to the
/// baseline): the point (the plain run's number, every assumption at its point), and over the worlds
/// that met the calibration targets the median, mean, 90% and 95% intervals, and the share of
/// their variance due to the assumptions (the rest is Monte Carlo noise); the prior figures are over
/// every sampled world. Numbers are null when no world (or fewer than two) is left.
/// </summary>
/// <param name="Kind">"arm", "delta" or "change".</param>
public sealed record OutcomeInterval(
    string Name,
    string Kind,
    string Metric,
    string Arm,
    string Baseline,
    string Unit,
    string Title,
    double Point,
    int Worlds,
    double? Median,
    double? Mean,
    double? Low90,
    double? High90,
    double? Low95,
    double? High95,
    double? AssumptionShare,
    double? Variance,
    int PriorWorlds,
    double? PriorMedian,
    double? PriorLow95,
    double? PriorHigh95,
    double? PriorAssumptionShare);

/// <summary>
/// The model's calibration targets and how the worlds fared: each target with the point world's
/// value, and the acceptance rate of the rejection (worlds whose baseline meets every target
/// within its tolerance, of all sampled worlds).
/// </summary>
public sealed record CalibrationSection(IReadOnlyList<CalibrationTargetRow> Targets, bool PointAccepted, int Checked, int Accepted, double? AcceptanceRate);

/// <summary>A calibration target: the metric under a regime over a year, the published value and tolerance, its source, and the point world's value.</summary>
public sealed record CalibrationTargetRow(string Name, string Metric, string Regime, string Start, int Weeks, double Value, double Tolerance, string Citation, double Point);

/// <summary>The one-way effects on one outcome, widest swing first.</summary>
public sealed record TornadoSection(string Outcome, string Title, string Unit, double Base, IReadOnlyList<TornadoRow> Bars);

/// <summary>An assumption at its low and its high bound, the others at their points: the outcome at each end, and whether each end's world met the calibration targets (null: not checked).</summary>
public sealed record TornadoRow(string Assumption, double Low, double High, double AtLow, double AtHigh, double Swing, bool? LowAccepted, bool? HighAccepted);

/// <summary>The Sobol' indices of every varying assumption on one outcome, largest total index first, with bootstrap intervals.</summary>
public sealed record SobolSection(string Outcome, string Title, double Variance, double ConfidenceLevel, int BaseRows, IReadOnlyList<SobolRow> Indices);

/// <summary>One assumption's first-order index (its share of the variance alone) and total index (with its interactions), each with its bootstrap interval.</summary>
public sealed record SobolRow(string Assumption, double First, double FirstLow, double FirstHigh, double Total, double TotalLow, double TotalHigh);
