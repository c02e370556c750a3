using System.Linq;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Analysis.Parameters;

/// <summary>
/// A rule that uses a parameter needs a value for every group it applies to on every day it
/// is in force: at run time a missing value is NaN and the rule silently never fires.
/// </summary>
internal static class ParameterValueMissingCheck
{
    public static void Run(AnalysisContext context)
    {
        foreach (var use in OperandUse.All(context))
        {
            if (!use.Operand.IsParameter || use.Operand.ParameterIndex >= context.Regime.Parameters.Count) continue;
            var parameter = context.Regime.Parameters[use.Operand.ParameterIndex];
            foreach (var group in use.Groups.Distinct().OrderBy(g => g))
            {
                var missing = FirstMissing(ParameterTimeline.Segments(parameter, group), use.From, use.Until);
                if (missing is null) continue;
                context.Report(DiagnosticDescriptors.ParameterValueMissing, use.Operand.Span,
                    parameter.Name, context.GroupName(group), missing, use.User);
            }
        }
    }

    /// <summary>
    /// Describes the first stretch of [from, until) without a value, or null when it is covered.
    /// A stretch between two value lines is a gap that LK0025 already reports at the lines
    /// themselves; reported again at each use, one missing line would read as several mistakes.
    /// </summary>
    private static string? FirstMissing(System.Collections.Generic.IReadOnlyList<ParameterSegment> segments, long from, long until)
    {
        if (segments.Count == 0) return "at any date";
        // With no date to start from (no effective date, no 'from'), the values' own start counts.
        var day = from == long.MinValue ? segments[0].From : from;
        var afterAValue = false;
        foreach (var segment in segments)
        {
            if (day >= until) return null;
            if (segment.Until <= day)
            {
                afterAValue = true;
                continue;
            }
            if (segment.From > day && !afterAValue) return Stretch(day, System.Math.Min(segment.From, until));
            day = segment.Until;
            afterAValue = true;
        }
        return day < until ? Stretch(day, until) : null;
    }

    private static string Stretch(long from, long until)
    {
        if (from == long.MinValue) return "before " + DayText.Describe(until, "the end");
        if (until == long.MaxValue) return "from " + DayText.Describe(from, "the beginning");
        return "from " + DayText.Describe(from, "the beginning") + " until " + DayText.Describe(until, "the end");
    }
}
