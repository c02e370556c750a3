namespace Lovkode.Simulation.Results;

/// <summary>The paired deltas of one reform arm against the baseline (the run's first arm).</summary>
public sealed record ComparisonResult(string Baseline, string Reform, IReadOnlyList<DeltaEstimate> Deltas)
{
    private readonly EstimateIndex<DeltaEstimate> _index = new(d => (d.Metric, d.Group, d.Area));

    /// <summary>The paired delta of a metric for a group and area (default: the total), or null.</summary>
    public DeltaEstimate? Find(string metric, string group = SimulationResult.All, string area = SimulationResult.All) =>
        _index.Find(Deltas, metric, group, area);

    /// <summary>The estimate of a metric for a group and area (default: the total), or null.</summary>
    public DeltaEstimate? Find(Metrics.MetricId metric, string group = SimulationResult.All, string area = SimulationResult.All) => Find(metric.Name, group, area);
}
