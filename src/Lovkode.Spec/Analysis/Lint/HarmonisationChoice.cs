using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Lovkode.Spec.Analysis.Lint;

/// <summary>
/// Which value to harmonise to. The most common value changes the fewest groups, which is the
/// smallest change to the law; when values are equally common the lowest is chosen, because
/// for counts and costs it never adds work and for deadlines it keeps the strictest one.
/// </summary>
internal static class HarmonisationChoice
{
    public static (double Value, HarmonisationTarget Target, string Reason) Choose(IReadOnlyList<(double Value, int Groups)> variants)
    {
        var total = variants.Sum(v => v.Groups);
        var ordered = variants.OrderByDescending(v => v.Groups).ThenBy(v => v.Value).ToList();
        var best = ordered[0];
        var tied = ordered.Count(v => v.Groups == best.Groups) > 1;
        if (tied)
        {
            return (best.Value, HarmonisationTarget.Lowest,
                "lowest: no value is more common than another, and the lowest never adds work");
        }
        return (best.Value, HarmonisationTarget.MostCommon,
            "most common: " + best.Groups.ToString(CultureInfo.InvariantCulture) + " of " + total.ToString(CultureInfo.InvariantCulture) + " groups already have it, so the fewest change");
    }
}
