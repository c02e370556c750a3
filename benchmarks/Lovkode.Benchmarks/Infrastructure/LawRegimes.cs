using Lovkode.Benchmarks.HandWritten;
using Lovkode.Runtime;

namespace Lovkode.Benchmarks.Infrastructure;

/// <summary>
/// The regimes the simulator benchmarks run: the default scenario's pair (Kontaktforloeb2024
/// against Reform2026, scenarios/default.yaml) from the generated registry
/// <c>Lovkode.Law.Regimes</c>. Until the generator is in the build, the pair is the hand-written
/// Lab2019 against itself with half the job interviews (JobsamtalerAntal 4 → 2), and
/// <see cref="Description"/> says so in every report.
/// </summary>
public static class LawRegimes
{
#if LOVKODE_GENERATED
    public const string Description = "Kontaktforloeb2024 vs Reform2026 (generated), as scenarios/default.yaml";

    public static (IRegime Baseline, IRegime Reform) DefaultPair() =>
        (Lovkode.Law.Regimes.Create("Kontaktforloeb2024"), Lovkode.Law.Regimes.Create("Reform2026"));
#else
    public const string Description = "hand-written Lab2019 vs Lab2019 with JobsamtalerAntal = 2 (the generator is not in this build)";

    public static (IRegime Baseline, IRegime Reform) DefaultPair()
    {
        var parameters = new ParameterSet(HandWrittenLab2019.RegimeInfo.Parameters, HandWrittenLab2019.RegimeInfo.Groups.Count);
        parameters.Override(parameters.IndexOf("JobsamtalerAntal"), 2);
        return (new HandWrittenLab2019(), new HandWrittenLab2019(parameters));
    }
#endif
}
