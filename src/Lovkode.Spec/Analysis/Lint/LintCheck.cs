using Lovkode.Spec.Analysis;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Analysis.Lint;

/// <summary>Reports each simplification candidate as an info diagnostic at the rule it names.</summary>
internal static class LintCheck
{
    public static void Run(AnalysisContext context)
    {
        foreach (var c in SpecLinter.FindCandidates(context.Domain, context.Regime))
        {
            var variants = SpecLinter.Describe(c.Variants);
            var target = SpecLinter.Number(c.HarmonisedValue);
            var basis = c.Target == HarmonisationTarget.MostCommon ? "the most common value" : "the lowest value";
            var events = Signed(c.Saving.EventsPerCaseDelta);
            var minutes = Signed(c.Saving.CaseworkerMinutesPerCaseDelta);
            if (c.Kind == LintKind.ParameterVariesByGroup)
            {
                context.Report(DiagnosticDescriptors.LintParameterVariesByGroup, c.Span,
                    c.Rule.Substring("parameter ".Length), variants, target, basis, c.Saving.VariantsRemoved, events, minutes, c.Saving.SpellWeeks);
            }
            else
            {
                context.Report(DiagnosticDescriptors.LintRequirementsDifferByConstant, c.Span,
                    string.Join(", ", c.Requirements), c.Varying, variants, target, basis, c.Saving.VariantsRemoved, events, minutes, c.Saving.SpellWeeks);
            }
        }
    }

    private static string Signed(double value) =>
        (value > 0 ? "+" : "") + value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
