using Lovkode.Runtime;
using Lovkode.Simulation.Analysis.Assumptions;
using Lovkode.Simulation.Analysis.Running;
using Lovkode.Simulation.Scenario;
using Lovkode.Uncertainty.Analysis;

namespace Lovkode.Simulation.Analysis.Results;

/// <summary>
/// What the samples say about one outcome: its point (the plain run), the distribution over the
/// worlds that met the calibration targets (median, 90% and 95% intervals) with the split of its
/// variance between the assumptions and Monte Carlo noise, and the same over every world drawn
/// (before calibration). A summary is null when no world (or fewer than two) is left, or when the
/// outcome is not a number in some world (a change against a baseline of 0).
/// </summary>
public sealed record OutcomeUncertainty(Outcome Outcome, double Point, OutcomeSummary? Summary, VarianceSplit? Split, OutcomeSummary? Prior, VarianceSplit? PriorSplit);

/// <summary>A tornado bar with whether each end's world met the calibration targets (null: not calibrated).</summary>
public sealed record OneWayBar(TornadoBar Bar, bool? LowAccepted, bool? HighAccepted);

/// <summary>The one-way effects on one outcome, widest swing first.</summary>
public sealed record OneWayResult(Outcome Outcome, IReadOnlyList<OneWayBar> Bars);

/// <summary>One assumption's Sobol' indices on one outcome.</summary>
public sealed record SobolEntry(string Assumption, SobolIndex Index);

/// <summary>The first-order and total Sobol' indices of every varying assumption on one outcome, largest total first (over every world of the design).</summary>
public sealed record SobolResult(Outcome Outcome, SobolIndices Indices, IReadOnlyList<SobolEntry> Entries);

/// <summary>
/// How the worlds fared against the model's calibration targets: each target, the point world's
/// values, and how many of the sampled worlds met them all (the acceptance rate of the rejection).
/// </summary>
public sealed record CalibrationSummary(IReadOnlyList<TargetInfo> Targets, IReadOnlyList<double> PointValues, bool PointAccepted, int Checked, int Accepted)
{
    public double AcceptanceRate => Checked == 0 ? double.NaN : Accepted / (double)Checked;
}

/// <summary>
/// A probabilistic sensitivity analysis of a run: the assumptions that varied (and those held, with
/// the reason), every outcome's uncertainty, the calibration, the one-way effects and the Sobol'
/// indices, and every world with its values and outcomes.
/// </summary>
public sealed record UncertaintyResult(
    UncertaintyOptions Options,
    SimulationOptions Run,
    IReadOnlyList<Assumption> Assumptions,
    IReadOnlyList<HeldAssumption> Held,
    IReadOnlyList<Outcome> Outcomes,
    IReadOnlyList<OutcomeUncertainty> Uncertainty,
    CalibrationSummary? Calibration,
    IReadOnlyList<OneWayResult> OneWay,
    IReadOnlyList<SobolResult> Sobol,
    IReadOnlyList<SampleRow> Rows,
    int SharedPopulationWorlds,
    TimeSpan Elapsed)
{
    /// <summary>The row of the point world.</summary>
    public SampleRow PointRow => Rows[0];

    /// <summary>Worlds run (rows).</summary>
    public int Worlds => Rows.Count;
}
