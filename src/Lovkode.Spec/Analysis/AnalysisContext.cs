using System.Collections.Generic;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Analysis;

/// <summary>
/// What every check reads and where it reports. A reform is analysed flattened, so it holds
/// its base's rules too; reporting the same finding again at the same place in the base file
/// would only repeat it, so identical diagnostics are reported once.
/// </summary>
internal sealed class AnalysisContext
{
    public AnalysisContext(BoundDomain domain, BoundRegime regime, DiagnosticBag diagnostics, AnalysisOptions options)
    {
        Domain = domain;
        Regime = regime;
        Diagnostics = diagnostics;
        Options = options;
        _reported = new HashSet<Diagnostic>(diagnostics.Items);
    }

    private readonly HashSet<Diagnostic> _reported;

    public BoundDomain Domain { get; }

    public BoundRegime Regime { get; }

    public DiagnosticBag Diagnostics { get; }

    public AnalysisOptions Options { get; }

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args)
    {
        var diagnostic = Diagnostic.Create(descriptor, span, args);
        if (_reported.Add(diagnostic)) Diagnostics.Add(diagnostic);
    }

    public string GroupName(int index) =>
        index >= 0 && index < Regime.Groups.Count ? Regime.Groups[index].Name : "#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool IsOutside(int groupIndex) =>
        groupIndex >= 0 && groupIndex < Regime.Groups.Count && Regime.Groups[groupIndex].IsOutside;
}
