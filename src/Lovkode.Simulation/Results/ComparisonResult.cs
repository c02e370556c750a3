namespace Lovkode.Simulation.Results;

/// <summary>The paired deltas of one reform arm against the baseline (the run's first arm).</summary>
public sealed record ComparisonResult(string Baseline, string Reform, IReadOnlyList<DeltaEstimate> Deltas)
{
    public DeltaEstimate? Find(string metric, string group = SimulationResult.All, string municipality = SimulationResult.All) =>
        EstimateIndex.Find(Deltas, d => (d.Metric, d.Group, d.Municipality), metric, group, municipality);
}
