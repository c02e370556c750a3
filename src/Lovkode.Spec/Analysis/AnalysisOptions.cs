namespace Lovkode.Spec.Analysis;

/// <summary>Limits that keep analysis fast and total on any input.</summary>
public sealed record AnalysisOptions(int MaxCoverageCells)
{
    /// <summary>
    /// Each finite-domain check (target group coverage, requirement reachability) visits at
    /// most <see cref="MaxCoverageCells"/> cells, i.e. partial assignments of the facts its
    /// conditions mention, and reports LK0023 if it had to stop before a verdict.
    /// </summary>
    public static readonly AnalysisOptions Default = new(MaxCoverageCells: 2_000_000);
}
