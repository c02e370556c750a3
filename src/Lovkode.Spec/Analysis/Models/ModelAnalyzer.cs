using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Analysis.Models;

/// <summary>
/// Checks over one bound model that need the whole of it: that every cohort draws every fact
/// in an order its conditions allow, and where transitions lead (to a cohort, never round in a
/// circle). Runs only on a model whose files bound without errors, so it never piles on errors
/// that follow from a first one.
/// </summary>
public static class ModelAnalyzer
{
    public static void Analyze(BoundDomain domain, BoundModel model, DiagnosticBag diagnostics)
    {
        if (diagnostics.Items.Any(d => d.IsError && model.SourcePaths.Contains(d.Span.Path))) return;
        var context = new ModelAnalysisContext(domain, model, diagnostics);
        DrawOrderCheck.Run(context);
        TransitionGraphCheck.Run(context);
    }
}
