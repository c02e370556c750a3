namespace Lovkode.Simulation.Analysis;

/// <summary>How far an analysis is: worlds finished out of all it runs (the point, the samples, the one-way ends).</summary>
public readonly record struct UncertaintyProgress(int Done, int Total, TimeSpan Elapsed)
{
    public double Fraction => Total == 0 ? 1 : Done / (double)Total;
}
