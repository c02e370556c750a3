using System.Collections.Generic;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax;

namespace Lovkode.Spec.Binding;

/// <summary>
/// The Binding pass: syntax trees → the bound model. Domains first (their facts get slots in
/// declaration order), then regimes, each flattened over its <c>extends</c> chain. Every
/// problem is a diagnostic; whatever can still be bound is returned.
/// </summary>
public static class SpecBinder
{
    public static BindResult Bind(IReadOnlyList<SyntaxFile> files, DiagnosticBag diagnostics)
    {
        var domainUnits = new List<DomainUnit>();
        var regimeUnits = new List<RegimeUnit>();
        // Only the Syntax pass has reported so far: every syntax error is known here.
        var syntaxErrors = new SyntaxErrors(diagnostics, files);
        FileUnits.Split(files, diagnostics, domainUnits, regimeUnits, syntaxErrors);

        var domains = new List<BoundDomain>();
        var byName = new Dictionary<string, (BoundDomain, string)>(System.StringComparer.Ordinal);
        foreach (var unit in domainUnits)
        {
            var name = unit.Header.Name.Text;
            if (byName.ContainsKey(name))
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicateName, unit.Header.Name.Span, "domain", name);
                continue;
            }
            var domain = DomainBinder.Bind(unit, diagnostics);
            byName.Add(name, (domain, unit.Path));
            domains.Add(domain);
        }

        var regimes = new RegimeBinder(regimeUnits, byName, diagnostics, syntaxErrors).BindAll();
        return new BindResult(domains.ToEquatableArray(), regimes.ToEquatableArray());
    }
}
