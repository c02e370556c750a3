using Lovkode.Runtime;

namespace Lovkode.Simulation.Analysis.Assumptions;

/// <summary>A regime instance of the analysis and the days [From, Until) on which some run has it in force (warm-up included).</summary>
internal sealed record LawWindow(IRegime Regime, int FromDay, int UntilDay)
{
    /// <summary>Whether a value dated [from, until) holds on some day of the window.</summary>
    public bool Overlaps(DateOnly? from, DateOnly? until) =>
        (from?.DayNumber ?? int.MinValue) < UntilDay && (until?.DayNumber ?? int.MaxValue) > FromDay;
}
