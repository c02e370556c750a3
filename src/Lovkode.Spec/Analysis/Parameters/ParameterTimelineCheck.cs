using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Analysis.Parameters;

/// <summary>
/// Dated values of one parameter for one group must neither overlap (which value would hold?)
/// nor leave a gap between them (no value means the rule silently never fires at run time).
/// </summary>
internal static class ParameterTimelineCheck
{
    public static void Run(AnalysisContext context)
    {
        foreach (var parameter in context.Regime.Parameters)
        {
            foreach (var scope in parameter.Values.Select(v => v.GroupIndex).Distinct().OrderBy(g => g))
            {
                var scopeName = scope < 0 ? "every group" : "group " + context.GroupName(scope);
                ReportOverlaps(context, parameter, parameter.Values.Where(v => v.GroupIndex == scope).ToList(), scopeName);
                // A group's own values may lean on the values for every group to fill the gaps between them.
                var lines = scope < 0 ? parameter.Values.Where(v => v.GroupIndex < 0) : ParameterTimeline.LinesFor(parameter, scope);
                var linesName = scope < 0 ? "The value lines for all groups" : "The value lines that apply to group " + context.GroupName(scope);
                ReportGaps(context, parameter, lines.ToList(), linesName);
            }
        }
    }

    private static void ReportOverlaps(AnalysisContext context, BoundParameter parameter, List<BoundParameterValue> lines, string scopeName)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            for (var j = i + 1; j < lines.Count; j++)
            {
                var start = System.Math.Max(ParameterTimeline.FromOf(lines[i]), ParameterTimeline.FromOf(lines[j]));
                var end = System.Math.Min(ParameterTimeline.UntilOf(lines[i]), ParameterTimeline.UntilOf(lines[j]));
                if (start >= end) continue;
                context.Report(DiagnosticDescriptors.ParameterValuesOverlap, lines[j].Span,
                    parameter.Name, scopeName, DayText.Describe(start, "the beginning"), Number(lines[i].Value), Number(lines[j].Value));
            }
        }
    }

    private static void ReportGaps(AnalysisContext context, BoundParameter parameter, List<BoundParameterValue> lines, string linesName)
    {
        var ordered = lines.OrderBy(ParameterTimeline.FromOf).ToList();
        if (ordered.Count < 2) return;
        var coveredUntil = ParameterTimeline.UntilOf(ordered[0]);
        for (var i = 1; i < ordered.Count; i++)
        {
            var from = ParameterTimeline.FromOf(ordered[i]);
            if (from > coveredUntil)
            {
                context.Report(DiagnosticDescriptors.ParameterValuesGap, ordered[i].Span,
                    parameter.Name, linesName, DayText.Describe(coveredUntil, "the start"), DayText.Describe(from, "the end"));
            }
            coveredUntil = System.Math.Max(coveredUntil, ParameterTimeline.UntilOf(ordered[i]));
        }
    }

    internal static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
