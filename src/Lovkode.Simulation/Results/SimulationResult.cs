using Lovkode.Simulation.Scenario;

namespace Lovkode.Simulation.Results;

/// <summary>
/// The outcome of a run: one <see cref="ArmResult"/> per arm and one
/// <see cref="ComparisonResult"/> per reform arm against the baseline. Rows are ordered by
/// metric (catalogue order), then group (regime order, total first), then municipality
/// (total first, then the domain's order).
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
    /// <summary>The caseworker hourly cost the run used (see <see cref="CostAssumptions"/>).</summary>
    public double HourlyDkk { get; init; }

    /// <summary>The group or municipality name that means "all of them".</summary>
    public const string All = "*";

    /// <summary>The pseudo group that carries municipality-level work (supervision), which no case owns.</summary>
    public const string MunicipalityLevel = "(kommune)";
}
