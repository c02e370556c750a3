using System;
using System.Collections.Generic;

namespace Lovkode.Spec.Text;

/// <summary>
/// "Did you mean …?" for an unknown name, the one rule every front end uses (the .rules
/// compiler, the scenario reader): the closest known name by edit distance, if it is close
/// enough to be a typo (Dagpenges → Dagpenge, Jobcentret → Jobcenter, form → from).
/// </summary>
public static class Suggestions
{
    /// <summary>"; did you mean 'X'?" or the empty string.</summary>
    public static string DidYouMean(string unknown, IEnumerable<string> known) =>
        Nearest(unknown, known) is { } best ? "; did you mean '" + best + "'?" : string.Empty;

    /// <summary>
    /// The known name nearest to <paramref name="unknown"/>, or null when none is within a third
    /// of its length (at least one edit). Deterministic: ties go to the ordinal-first name.
    /// </summary>
    public static string? Nearest(string unknown, IEnumerable<string> known)
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
        return best;
    }

    /// <summary>
    /// Edit distance where a case difference costs nothing and two neighbours swapped cost one
    /// edit (the commonest typo); stops early past <paramref name="limit"/>.
    /// </summary>
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (Same(a[i - 1], b[j - 1]) ? 0 : 1));
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1])) d = Math.Min(d, beforePrevious[j - 2] + 1);
                current[j] = d;
                rowMin = Math.Min(rowMin, d);
            }
            if (rowMin > limit) return limit + 1;
            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }
        return previous[b.Length];
    }

    private static bool Same(char x, char y) => x == y || char.ToLowerInvariant(x) == char.ToLowerInvariant(y);
}
