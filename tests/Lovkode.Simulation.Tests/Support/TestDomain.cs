using Lovkode.Runtime;

namespace Lovkode.Simulation.Tests.Support;

/// <summary>The facts, actors and channels of the Beskaeftigelse domain, as the generated regimes declare them (src/Lovkode.Law/rules/Beskaeftigelse.rules).</summary>
internal static class TestDomain
{
    public const int Benefit = 0, Readiness = 1, Age = 2, Education = 3, Employed = 4, Absence = 5, Municipality = 6;

    private static readonly RegimeInfo Lab = Lovkode.Law.Regimes.Create("Lab2019").Info;

    public static IReadOnlyList<FactInfo> Facts { get; } = Lab.Facts;

    public static IReadOnlyList<string> Actors { get; } = Lab.Actors;

    public static IReadOnlyList<string> Channels { get; } = Lab.Channels;

    /// <summary>The index of a member of an enum fact, e.g. Member(Benefit, "Dagpenge").</summary>
    public static int Member(int slot, string name) => Facts[slot].Members.ToList().IndexOf(name);

    public static IReadOnlyList<string> Municipalities => Facts[Municipality].Members;

    public static readonly Citation Cite = new("test", true);
}
