using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Analysis.Citations;

/// <summary>
/// Every rule says where in the law it comes from (design: "make every rule cite its
/// source"). A missing citation is a warning, not an error: the rule still runs, but a
/// reader cannot check it against the law.
/// </summary>
internal static class CitationCheck
{
    public static void Run(AnalysisContext context)
    {
        var regime = context.Regime;
        foreach (var group in regime.Groups)
        {
            if (group.Citation is null) Missing(context, group.Span, (group.IsOutside ? "Outside declaration " : "Group ") + group.Name);
        }
        foreach (var parameter in regime.Parameters)
        {
            foreach (var value in parameter.Values)
            {
                if (value.Citation is not null) continue;
                var scope = value.GroupIndex < 0 ? "every group" : context.GroupName(value.GroupIndex);
                Missing(context, value.Span, "The value of parameter " + parameter.Name + " for " + scope);
            }
        }
        foreach (var requirement in regime.Requirements)
        {
            if (requirement.Citation is null) Missing(context, requirement.Span, "Requirement " + requirement.Name);
            foreach (var exemption in requirement.Exemptions)
            {
                if (exemption.Citation is null) Missing(context, exemption.Span, "The exemption of requirement " + requirement.Name);
            }
        }
        foreach (var quota in regime.Quotas)
        {
            if (quota.Citation is null) Missing(context, quota.Span, "The quota on " + quota.RequirementName);
        }
        foreach (var supervision in regime.Supervisions)
        {
            if (supervision.Citation is null) Missing(context, supervision.Span, "Supervision " + supervision.Name);
            foreach (var exemption in supervision.Exemptions)
            {
                if (exemption.Citation is null) Missing(context, exemption.Span, "The exemption of supervision " + supervision.Name);
            }
        }
        foreach (var change in regime.Changes)
        {
            // Added, replaced and overridden rules carry their own citations, checked above;
            // a removal or a regroup has only the change's.
            if (change.Citation is not null) continue;
            if (change.Kind == ChangeKind.Removed) Missing(context, change.Span, "The removal of " + change.Target.ToString().ToLowerInvariant() + " " + change.Name);
            if (change.Kind == ChangeKind.Regrouped) Missing(context, change.Span, "The regroup");
        }
    }

    private static void Missing(AnalysisContext context, Text.SourceSpan span, string what) =>
        context.Report(DiagnosticDescriptors.MissingCitation, span, what);
}
