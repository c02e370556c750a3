using System.Runtime.CompilerServices;

namespace Lovkode.Simulation.Random;

/// <summary>
/// Counter-based random numbers: a draw is a pure function of its key
/// (seed, replication, person, week, stream), so nothing is shared between threads, the order
/// of evaluation does not matter, and every regime sees the same number for the same key.
/// </summary>
/// <remarks>
/// The key is folded through the SplitMix64 finaliser (Steele, Lea &amp; Flood 2014), one round
/// per key word. That mixer passes BigCrush as a counter-mode generator; chaining it keeps
/// neighbouring keys (person 7 and 8, week 3 and 4) uncorrelated.
/// </remarks>
public static class CounterRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A 64-bit hash of the full key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Bits(ulong seed, int replication, long person, int week, RandomStream stream, ulong counter = 0) =>
        Mix(PersonKey(seed, replication, person) ^ (((ulong)(uint)week << 32) | ((ulong)stream << 8)) ^ (counter * 0xD1B54A32D192ED03UL));

    /// <summary>A uniform draw in [0, 1) with 53 bits of precision.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Uniform(ulong seed, int replication, long person, int week, RandomStream stream, ulong counter = 0) =>
        (Bits(seed, replication, person, week, stream, counter) >> 11) * (1.0 / (1UL << 53));

    /// <summary>A prefix hash of (seed, replication, person) so the per-week draws of one person cost one mix less each.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong PersonKey(ulong seed, int replication, long person)
    {
        var h = Mix(seed + Golden);
        h = Mix(h ^ ((ulong)(uint)replication + Golden));
        return Mix(h ^ ((ulong)person * Golden));
    }

    /// <summary>The same draw as <see cref="Uniform"/>, from a key made by <see cref="PersonKey"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Uniform(ulong personKey, int week, RandomStream stream, ulong counter = 0) =>
        (Mix(personKey ^ (((ulong)(uint)week << 32) | ((ulong)stream << 8)) ^ (counter * 0xD1B54A32D192ED03UL)) >> 11) * (1.0 / (1UL << 53));
}
