using System;
using System.Collections.Generic;

namespace Lovkode.Spec.Syntax;

/// <summary>
/// "Did you mean …?" for an unknown name: the closest known name by edit distance, if it is
/// close enough to be a typo (Dagpenges → Dagpenge, Jobcentret → Jobcenter).
/// </summary>
internal static class Suggestions
{
    /// <summary>"; did you mean 'X'?" or the empty string. Deterministic: ties go to the ordinal-first name.</summary>
    public static string DidYouMean(string unknown, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(1, unknown.Length / 3);
        foreach (var name in known)
        {
            var d = Distance(unknown, name, limit);
            if (d > limit) continue;
            if (d < bestDistance || (d == bestDistance && string.CompareOrdinal(name, best) < 0))
            {
                best = name;
                bestDistance = d;
            }
        }
        return best is null ? string.Empty : "; did you mean '" + best + "'?";
    }

    /// <summary>Levenshtein distance, ignoring case differences at half cost; stops early past <paramref name="limit"/>.</summary>
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var same = a[i - 1] == b[j - 1] || char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (same ? 0 : 1));
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > limit) return limit + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
