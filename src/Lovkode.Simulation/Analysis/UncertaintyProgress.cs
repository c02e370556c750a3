namespace Lovkode.Simulation.Analysis;

/// <summary>How far an analysis is: worlds finished out of all it runs (the point, the samples, the one-way ends).</summary>
public readonly record struct UncertaintyProgress(int Done, int Total, TimeSpan Elapsed)
{
    /// <summary>The share of the work done, when it is known more finely than by whole worlds (a cluster counts its shards), else null.</summary>
    public double? Work { get; init; }

    public double Fraction => Work is { } work ? Math.Clamp(work, 0, 1) : Total == 0 ? 1 : Done / (double)Total;
}
