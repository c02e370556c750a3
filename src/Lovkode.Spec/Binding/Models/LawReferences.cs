using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Models;

/// <summary>
/// A <c>law Name</c> operand must name a parameter some regime of the domain declares, in the
/// unit its place needs. A regime that lacks it, or that a reform removed it from, is found
/// when a run pairs the model with that regime (with <see cref="BoundLawReference"/>'s place);
/// here the compilation's regimes catch the typo and the wrong unit early.
/// </summary>
internal static class LawReferences
{
    public static void Check(ModelContext context)
    {
        if (context.Regimes.Count == 0) return;
        foreach (var law in context.Values.Laws)
        {
            var declaring = context.Regimes
                .Select(r => (Regime: r, Parameter: r.Parameters.FirstOrDefault(p => p.Name == law.Parameter)))
                .Where(x => x.Parameter is not null)
                .ToList();
            if (declaring.Count == 0)
            {
                var known = context.Regimes.SelectMany(r => r.Parameters.Select(p => p.Name)).Distinct();
                context.Report(DiagnosticDescriptors.LawParameterUnknown, law.Span, context.Domain.Name, law.Parameter,
                    Suggestions.DidYouMean(law.Parameter, known), DeclarationBinder.UnitWord(law.Unit));
                continue;
            }
            var wrong = declaring.FirstOrDefault(x => x.Parameter!.Unit != law.Unit);
            if (wrong.Regime is not null)
            {
                context.Report(DiagnosticDescriptors.LawParameterUnit, law.Span, ValueRegistry.Capital(law.Place),
                    DeclarationBinder.UnitWord(law.Unit), law.Parameter, DeclarationBinder.UnitWord(wrong.Parameter!.Unit), wrong.Regime.Name);
            }
        }
    }
}
