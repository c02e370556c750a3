using Lovkode.Runtime;

namespace Lovkode.Simulation.Model;

/// <summary>
/// Under which regimes a model's practice contact is held (<see cref="PracticeInfo.Regimes"/>):
/// every regime when it names none, else the regimes it names and every regime that extends one
/// of them (<see cref="RegimeInfo.Lineage"/>), so a reform of a named regime keeps it. The CLI
/// asks too, so that it checks a practice's requirement only in the regimes that hold it.
/// </summary>
public static class PracticeScope
{
    public static bool HeldUnder(PracticeInfo practice, RegimeInfo regime) =>
        practice.Regimes.Count == 0
        || practice.Regimes.Contains(regime.Name, StringComparer.Ordinal)
        || regime.Lineage.Any(r => practice.Regimes.Contains(r, StringComparer.Ordinal));
}
