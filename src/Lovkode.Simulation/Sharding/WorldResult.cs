using Lovkode.Simulation.Analysis.Results;

namespace Lovkode.Simulation.Sharding;

/// <summary>
/// What a worker gives back for one world (sample) of an uncertainty analysis: its row, and whether
/// the world draws the same persons as the point world (the analysis reports how many do).
/// </summary>
public sealed record WorldResult(SampleRow Row, bool SamePopulationAsPoint);

/// <summary>Computes worlds of an uncertainty analysis somewhere else (a cluster's workers).</summary>
public interface IWorldExecutor
{
    /// <summary>World <paramref name="row"/>: exactly what <see cref="Analysis.UncertaintyAnalysis.RunWorld"/> gives for the same plan.</summary>
    Task<WorldResult> RunAsync(int row, CancellationToken cancellationToken);
}
