using Lovkode.Runtime;

namespace Lovkode.Benchmarks.Infrastructure;

/// <summary>
/// The regimes the simulator benchmarks run: the default scenario's pair (Sygedagpenge2025
/// against Hovedlov2027, scenarios/default.yaml) from the generated registry
/// <c>Lovkode.Law.Regimes</c>; <see cref="Description"/> names them in every report.
/// </summary>
public static class LawRegimes
{
    public const string Description = "Sygedagpenge2025 vs Hovedlov2027 (generated), as scenarios/default.yaml";

    public static (IRegime Baseline, IRegime Reform) DefaultPair() =>
        (Lovkode.Law.Regimes.Create("Sygedagpenge2025"), Lovkode.Law.Regimes.Create("Hovedlov2027"));
}
