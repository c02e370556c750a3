namespace Lovkode.Simulation.Analysis.Assumptions;

/// <summary>
/// How a name in <c>uncertainty.vary</c> selects assumptions: the exact name; a prefix that ends
/// where a path goes on (<c>SearchersReady</c> selects <c>SearchersReady.stock</c>,
/// <c>ReviewMinutes</c> selects <c>ReviewMinutes[2]</c>); or a pattern with <c>*</c> (any
/// characters) and <c>?</c> (one character), such as <c>*.hazard.*</c>. Case matters, as in the
/// .rules files.
/// </summary>
internal static class AssumptionPattern
{
    public static bool Matches(string pattern, string name)
    {
        if (pattern.Contains('*') || pattern.Contains('?')) return Glob(pattern, name);
        if (string.Equals(pattern, name, StringComparison.Ordinal)) return true;
        return name.Length > pattern.Length && name.StartsWith(pattern, StringComparison.Ordinal) && name[pattern.Length] is '.' or '[';
    }

    /// <summary>A hint for a name that selects nothing: the closest names, or how to list them.</summary>
    public static string Suggest(string pattern, IEnumerable<string> names)
    {
        var scored = names
            .Select(n => (Name: n, Distance: Distance(pattern.ToLowerInvariant(), n.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(2, pattern.Length / 4))
            .ToList();
        // Only the closest: a typo has one likely fix, not the whole family of its neighbours.
        var best = scored.Count == 0 ? 0 : scored.Min(x => x.Distance);
        var close = scored.Where(x => x.Distance == best).Select(x => x.Name).Order(StringComparer.Ordinal).Take(3).ToList();
        return close.Count > 0
            ? $"did you mean {string.Join(" or ", close)}?"
            : "'lovkode run --uncertainty' lists the run's assumptions in results.json (uncertainty.assumptions), and docs/model.md explains the names";
    }

    /// <summary>Wildcard match in linear passes (the last <c>*</c> is retried one character further on a mismatch), so no pattern costs more than |pattern| × |name|.</summary>
    private static bool Glob(string pattern, string name)
    {
        int p = 0, n = 0, star = -1, resume = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[n]))
            {
                p++;
                n++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = n;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++resume;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
