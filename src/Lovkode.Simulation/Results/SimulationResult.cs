using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Results;

/// <summary>
/// The outcome of a run: one <see cref="ArmResult"/> per arm and one
/// <see cref="ComparisonResult"/> per reform arm against the baseline. Rows are ordered by
/// metric (catalogue order), then group (regime order, total first), then area
/// (total first, then the members of the model's area fact).
/// </summary>
public sealed record SimulationResult(
    SimulationOptions Options,
    IReadOnlyList<MetricInfo> Metrics,
    IReadOnlyList<ArmResult> Arms,
    IReadOnlyList<ComparisonResult> Comparisons,
    int Replications,
    bool StoppedEarly,
    double ScaleFactor,
    TimeSpan Elapsed)
{
    /// <summary>The caseworker hourly cost the run used (the model's <see cref="Runtime.CostModelInfo.HourlyDkk"/>).</summary>
    public double HourlyDkk { get; init; }

    /// <summary>The hours of one full-time equivalent the run used (the model's <see cref="Runtime.CostModelInfo.HoursPerFte"/>).</summary>
    public double HoursPerFte { get; init; }

    /// <summary>The areas results are split by: the members of the model's area fact, in order.</summary>
    public IReadOnlyList<string> Areas { get; init; } = [];

    /// <summary>The group or area name that means "all of them".</summary>
    public const string All = "*";

    /// <summary>The pseudo group that carries area-level work (supervision of a municipality), which no case owns.</summary>
    public const string AreaLevel = "(area)";
}
