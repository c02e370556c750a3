using Lovkode.Runtime;

namespace Lovkode.Benchmarks.Infrastructure;

/// <summary>
/// The regimes the simulator benchmarks run: the default scenario's pair (Kontaktforloeb2024
/// against Reform2026, scenarios/default.yaml) from the generated registry
/// <c>Lovkode.Law.Regimes</c>, and the Danish population model; <see cref="Description"/> names them in every report.
/// </summary>
public static class LawRegimes
{
    public const string Description = "Kontaktforloeb2024 vs Reform2026 (generated), model Danmark2023, as scenarios/default.yaml";

    /// <summary>The Danish population model the default scenario runs.</summary>
    public static IPopulationModel Model() => Lovkode.Law.Interim.Danmark2023Model.Create();

    public static (IRegime Baseline, IRegime Reform) DefaultPair() =>
        (Lovkode.Law.Regimes.Create("Kontaktforloeb2024"), Lovkode.Law.Regimes.Create("Reform2026"));
}
