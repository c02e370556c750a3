using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Analysis;

// PLACEHOLDER until the Analysis pass lands: the owner of Analysis/ replaces this file.
public static class SpecAnalyzer
{
    public static void Analyze(BoundDomain domain, BoundRegime regime, DiagnosticBag diagnostics, AnalysisOptions options)
    {
    }
}
