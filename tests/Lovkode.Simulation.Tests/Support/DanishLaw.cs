using Lovkode.Runtime;

namespace Lovkode.Simulation.Tests.Support;

/// <summary>The generated Danish regimes, run through <see cref="IRegime"/> and the simulator's visitor.</summary>
internal static class DanishLaw
{
    public static IRegime Create(string name) => Lovkode.Law.Regimes.Create(name);
}
