using System.Runtime.CompilerServices;

namespace Lovkode.Benchmarks.HandWritten;

/// <summary>
/// The four schedules of docs/spec-language.md as a C# programmer would write them by hand:
/// integer arithmetic when the parameter is a whole number (it always is in the law), the
/// language's double arithmetic otherwise, and NaN (a parameter with no value) never fires.
/// </summary>
internal static class Weeks
{
    /// <summary><c>once within N weeks</c>: week N−1, the last the deadline allows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool OnceWithin(int week, double n) => week == n - 1;

    /// <summary><c>once after N cumulative weeks</c>: the week the count reaches N.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AfterCumulative(int cumulative, double n) => cumulative == n;

    /// <summary><c>every N weeks from week A [until week B]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Every(int week, double n, int from, int until = int.MaxValue)
    {
        if (week < from || week >= until) return false;
        var step = (int)n;
        return step == n && step > 0 ? (week - from) % step == 0 : (week - from) % n == 0;
    }

    /// <summary>
    /// <c>K times within weeks A..B</c>: event i in week A + ⌊i·(B−A)/K⌋. The first i whose
    /// week is not before <paramref name="week"/> is ⌈(week−A)·K/(B−A)⌉, so one check decides.
    /// </summary>
    public static bool TimesWithin(int week, double k, int from, int until)
    {
        if (week < from || week >= until) return false;
        var count = (int)k;
        var span = until - from;
        if (count != k || count <= 0) return Slow(week, k, from, span);
        var offset = week - from;
        var i = ((offset * count) + span - 1) / span;
        return i < count && i * span / count == offset;
    }

    private static bool Slow(int week, double k, int from, int span)
    {
        for (var i = 0; i < k; i++)
        {
            if (week == from + Math.Floor(i * span / k)) return true;
        }
        return false;
    }
}
