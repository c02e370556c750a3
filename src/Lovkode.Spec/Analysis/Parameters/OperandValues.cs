using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;

namespace Lovkode.Spec.Analysis.Parameters;

/// <summary>One combination of values a rule's numbers can take, and for whom and from when.</summary>
internal sealed record OperandValuation(double[] Values, int Group, string Where);

/// <summary>
/// Every combination of values that a rule's operands can take: a constant is itself; a
/// parameter takes each of its values for each group the rule applies to and each date on
/// which one of its values starts. Days without a value are left to LK0026.
/// </summary>
internal static class OperandValues
{
    public static IEnumerable<OperandValuation> Enumerate(AnalysisContext context, IReadOnlyList<BoundOperand> operands, IEnumerable<int> groups)
    {
        var parameters = context.Regime.Parameters;
        bool Valid(BoundOperand o) => o.IsParameter && o.ParameterIndex < parameters.Count;
        if (!operands.Any(Valid))
        {
            yield return new OperandValuation(operands.Select(o => o.IsParameter ? double.NaN : o.Constant).ToArray(), -1, "");
            yield break;
        }

        foreach (var group in groups.Distinct().OrderBy(g => g))
        {
            var lines = operands.Select(o => Valid(o) ? ParameterTimeline.LinesFor(parameters[o.ParameterIndex], group).ToList() : null).ToList();
            var days = lines.Where(l => l is not null)
                .SelectMany(l => l!.SelectMany(v => new[] { ParameterTimeline.FromOf(v), ParameterTimeline.UntilOf(v) }))
                .Where(d => d != long.MaxValue)
                .Append(long.MinValue)
                .Distinct()
                .OrderBy(d => d)
                .ToList();
            // The days are distinct and hold long.MinValue: any other day means a dated value.
            var dated = days.Count > 1;
            foreach (var day in days)
            {
                var values = new double[operands.Count];
                var complete = true;
                for (var i = 0; i < operands.Count; i++)
                {
                    if (lines[i] is null)
                    {
                        values[i] = operands[i].IsParameter ? double.NaN : operands[i].Constant;
                        continue;
                    }
                    var line = ParameterTimeline.LineAt(lines[i]!, day);
                    if (line is null) complete = false;
                    else values[i] = line.Value;
                }
                if (!complete) continue;
                var where = " for group " + context.GroupName(group) + (dated && day != long.MinValue ? " from " + DayText.Describe(day, "the beginning") : "");
                yield return new OperandValuation(values, group, where);
            }
        }
    }
}
