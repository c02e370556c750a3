using Lovkode.Simulation.Metrics;

namespace Lovkode.Simulation.Scenario;

/// <summary>
/// Ends a run early once every comparison's paired delta of <see cref="Metric"/> (all groups,
/// all areas) is known well enough: its 95% CI half-width is at most
/// <see cref="HalfWidth"/>, read as a share of |mean delta| when <see cref="Relative"/> (a zero
/// delta with zero width also stops). Checked after each replication from
/// <see cref="MinReplications"/> on; <see cref="SimulationOptions.Replications"/> stays the maximum.
/// </summary>
public sealed record StopRule(MetricId Metric, double HalfWidth = 0.05, bool Relative = true, int MinReplications = 3);
