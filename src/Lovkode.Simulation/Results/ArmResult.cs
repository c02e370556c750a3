namespace Lovkode.Simulation.Results;

/// <summary>The estimates of one arm. <see cref="Regimes"/> names the regimes of its timeline in date order.</summary>
public sealed record ArmResult(string Name, IReadOnlyList<string> Regimes, IReadOnlyList<string> Groups, IReadOnlyList<Estimate> Estimates)
{
    private readonly EstimateIndex<Estimate> _index = new(e => (e.Metric, e.Group, e.Area));

    /// <summary>The estimate of a metric for a group and area (default: the total), or null.</summary>
    public Estimate? Find(string metric, string group = SimulationResult.All, string area = SimulationResult.All) =>
        _index.Find(Estimates, metric, group, area);

    /// <summary>The estimate of a metric for a group and area (default: the total), or null.</summary>
    public Estimate? Find(Metrics.MetricId metric, string group = SimulationResult.All, string area = SimulationResult.All) => Find(metric.Name, group, area);
}
