using System.Runtime.CompilerServices;

namespace Lovkode.Uncertainty.Randomness;

/// <summary>
/// Counter-based uniform numbers: draw <c>k</c> of a stream is a pure function of (seed, stream
/// key, k), so nothing is shared between threads and no draw depends on the order in which others
/// were taken. A design asks for one stream per purpose (a dimension's permutation, a bootstrap
/// replicate, a permutation of players), so adding a purpose never shifts the draws of another.
/// </summary>
/// <remarks>
/// The key and the counter are folded through the SplitMix64 finaliser (Steele, Lea &amp; Flood,
/// "Fast splittable pseudorandom number generators", OOPSLA 2014), one round per word; that mixer
/// passes BigCrush in counter mode. There is no global or shared generator anywhere in this
/// library: every random draw takes its stream as an argument.
/// </remarks>
public sealed class UniformStream
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private readonly ulong _key;
    private ulong _counter;

    /// <summary>A stream keyed by a seed and the purpose words that name it (e.g. a dimension number).</summary>
    public UniformStream(ulong seed, params ReadOnlySpan<ulong> purpose)
    {
        var key = Mix(seed + Golden);
        foreach (var word in purpose) key = Mix(key ^ (word + Golden));
        _key = key;
    }

    /// <summary>How many draws this stream has given.</summary>
    public ulong Position => _counter;

    /// <summary>The 64 bits of draw <paramref name="counter"/>, without moving the stream.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong BitsAt(ulong counter) => Mix(_key ^ (counter * 0xD1B54A32D192ED03UL + Golden));

    /// <summary>Draw <paramref name="counter"/> as a uniform number in [0, 1) with 53 bits, without moving the stream.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double UniformAt(ulong counter) => (BitsAt(counter) >> 11) * (1.0 / (1UL << 53));

    /// <summary>The next uniform number in [0, 1).</summary>
    public double NextDouble() => UniformAt(_counter++);

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits() => BitsAt(_counter++);

    /// <summary>
    /// The next integer in [0, <paramref name="bound"/>), without modulo bias (Lemire, "Fast random
    /// integer generation in an interval", ACM TOMACS 29(1), 2019: multiply, and reject the few
    /// low products that would favour small results).
    /// </summary>
    public int NextInt(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var range = (ulong)bound;
        var threshold = (0UL - range) % range;
        while (true)
        {
            var high = Math.BigMul(NextBits(), range, out var low);
            if (low >= threshold) return (int)high;
        }
    }

    /// <summary>A uniformly random permutation of 0..n−1 (Fisher–Yates, drawn from this stream).</summary>
    public int[] Permutation(int n)
    {
        var p = new int[n];
        for (var i = 0; i < n; i++) p[i] = i;
        for (var i = n - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (p[i], p[j]) = (p[j], p[i]);
        }
        return p;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
