using System.Linq;
using Lovkode.Spec.Analysis.Citations;
using Lovkode.Spec.Analysis.Groups;
using Lovkode.Spec.Analysis.Lint;
using Lovkode.Spec.Analysis.Parameters;
using Lovkode.Spec.Analysis.PopulationRules;
using Lovkode.Spec.Analysis.Requirements;
using Lovkode.Spec.Analysis.Schedules;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Analysis;

/// <summary>
/// The Analysis pass: checks over one bound regime that the binder cannot make name by
/// name. Each check lives in the folder of the concept it checks; all report diagnostics and
/// none throws. The finite-domain checks share the work limit in <see cref="AnalysisOptions"/>.
/// </summary>
public static class SpecAnalyzer
{
    public static void Analyze(BoundDomain domain, BoundRegime regime, DiagnosticBag diagnostics, AnalysisOptions options)
    {
        // A regime that did not parse or bind cleanly is half a regime: analysing it would only
        // add errors that follow from the first ones. Fix those, then the analysis runs.
        if (diagnostics.Items.Any(d => d.IsError && regime.SourcePaths.Contains(d.Span.Path))) return;

        var context = new AnalysisContext(domain, regime, diagnostics, options ?? AnalysisOptions.Default);
        GroupCoverageCheck.Run(context);
        ParameterTimelineCheck.Run(context);
        ParameterValueMissingCheck.Run(context);
        RequirementReachabilityCheck.Run(context);
        ScheduleFeasibilityCheck.Run(context);
        QuotaCheck.Run(context);
        SupervisionCheck.Run(context);
        CitationCheck.Run(context);
        LintCheck.Run(context);
    }
}
