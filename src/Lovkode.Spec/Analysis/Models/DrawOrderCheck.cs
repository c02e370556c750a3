using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Analysis.Models;

/// <summary>
/// Every cohort gives every fact of the domain a value (its key, its own draws, or the
/// all-cohorts draws), and a draw's condition reads only facts set before it: the key facts,
/// then the draws in the order written, the cohort's own before the all-cohorts ones.
/// </summary>
internal static class DrawOrderCheck
{
    public static void Run(ModelAnalysisContext context)
    {
        var model = context.Model;
        // An all-cohorts draw is checked for every cohort but reported once, at its line.
        var reported = new HashSet<Text.SourceSpan>();
        foreach (var cohort in model.Cohorts)
        {
            var set = new HashSet<int>(cohort.Key.Select(k => k.Slot));
            var drawnAt = new Dictionary<int, int>();
            for (var i = 0; i < cohort.Draws.Count; i++) drawnAt[cohort.Draws[i].Slot] = i;
            foreach (var fact in context.Domain.Facts)
            {
                if (set.Contains(fact.Slot) || drawnAt.ContainsKey(fact.Slot)) continue;
                context.Report(DiagnosticDescriptors.FactNotDrawn, cohort.Span, cohort.Name, fact.Name);
            }
            foreach (var draw in cohort.Draws)
            {
                foreach (var c in draw.Cases)
                {
                    if (c.Condition < 0 || reported.Contains(c.Span)) continue;
                    var condition = model.Conditions[c.Condition];
                    var reads = new HashSet<int>();
                    KnownFacts.Slots(condition, reads);
                    foreach (var slot in reads.OrderBy(s => s))
                    {
                        if (set.Contains(slot) || !drawnAt.ContainsKey(slot)) continue;
                        var where = draw.FromAllCohorts ? $"all cohorts (for cohort {cohort.Name})" : "cohort " + cohort.Name;
                        context.Report(DiagnosticDescriptors.DrawReadsLaterFact, c.Span, context.FactName(draw.Slot), where, context.FactName(slot));
                        reported.Add(c.Span);
                        break;
                    }
                }
                set.Add(draw.Slot);
            }
        }
    }
}
