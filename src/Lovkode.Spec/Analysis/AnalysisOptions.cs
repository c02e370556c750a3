namespace Lovkode.Spec.Analysis;

/// <summary>Limits that keep analysis fast and total on any input.</summary>
public sealed record AnalysisOptions(int MaxCoverageCells)
{
    /// <summary>The group coverage check enumerates at most this many cells of the fact domain.</summary>
    public static readonly AnalysisOptions Default = new(MaxCoverageCells: 2_000_000);
}
