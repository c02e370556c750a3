using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;

namespace Lovkode.Spec.Analysis.Parameters;

/// <summary>One stretch of days [From, Until) on which a parameter has one value for one group.</summary>
internal sealed record ParameterSegment(long From, long Until, double Value, BoundParameterValue Line);

/// <summary>
/// The values a parameter takes for one group over time, with the runtime's precedence
/// (Lovkode.Runtime.ParameterSet): a value for the group beats a value for every group.
/// Unbounded ends are long.MinValue and long.MaxValue.
/// </summary>
internal static class ParameterTimeline
{
    public static long FromOf(BoundParameterValue v) => v.FromDay ?? long.MinValue;

    public static long UntilOf(BoundParameterValue v) => v.UntilDay ?? long.MaxValue;

    /// <summary>The value lines that can hold for <paramref name="group"/>: its own and the defaults.</summary>
    public static IEnumerable<BoundParameterValue> LinesFor(BoundParameter parameter, int group) =>
        parameter.Values.Where(v => v.GroupIndex == group || v.GroupIndex < 0);

    public static IReadOnlyList<ParameterSegment> Segments(BoundParameter parameter, int group)
    {
        var lines = LinesFor(parameter, group).ToList();
        var starts = lines.SelectMany(l => new[] { FromOf(l), UntilOf(l) })
            .Where(d => d != long.MaxValue)
            .Append(long.MinValue)
            .Distinct()
            .OrderBy(d => d)
            .ToList();
        var segments = new List<ParameterSegment>();
        for (var i = 0; i < starts.Count; i++)
        {
            var until = i + 1 < starts.Count ? starts[i + 1] : long.MaxValue;
            var line = LineAt(lines, starts[i]);
            if (line is null) continue;
            segments.Add(new ParameterSegment(starts[i], until, line.Value, line));
        }
        return segments;
    }

    /// <summary>The value in force on <paramref name="day"/>, or null when there is none.</summary>
    public static BoundParameterValue? LineAt(IEnumerable<BoundParameterValue> lines, long day)
    {
        BoundParameterValue? best = null;
        foreach (var line in lines)
        {
            if (day < FromOf(line) || day >= UntilOf(line)) continue;
            if (best is null || (line.GroupIndex >= 0 && best.GroupIndex < 0)) best = line;
        }
        return best;
    }

    /// <summary>
    /// The value a lint or an estimate should use: the one in force on the reference day, else
    /// the most recent one. Null when the parameter has no value for the group at all.
    /// </summary>
    public static double? ReferenceValue(BoundParameter parameter, int group, int? referenceDay)
    {
        var segments = Segments(parameter, group);
        if (segments.Count == 0) return null;
        if (referenceDay is int day)
        {
            var line = segments.FirstOrDefault(s => s.From <= day && day < s.Until);
            if (line is not null) return line.Value;
        }
        return segments[segments.Count - 1].Value;
    }
}
