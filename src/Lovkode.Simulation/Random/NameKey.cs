namespace Lovkode.Simulation.Random;

/// <summary>
/// A stable 64-bit counter for a name (FNV-1a, then mixed), so that a draw keyed by a name (a
/// fact, a transition, a quota's share, a requirement) is the same in every run, arm and regime
/// that names it, and adding another name never shifts it.
/// </summary>
internal static class NameKey
{
    public static ulong Of(string name)
    {
        var h = 14695981039346656037UL;
        foreach (var ch in name)
        {
            h ^= ch;
            h *= 1099511628211UL;
        }
        return CounterRandom.Mix(h);
    }
}
