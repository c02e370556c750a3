using System.Collections.Generic;
using System.Linq;
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
        var modelUnits = new List<ModelUnit>();
        var syntaxErrors = new SyntaxErrors(diagnostics, files);
        FileUnits.Split(files, diagnostics, domainUnits, regimeUnits, modelUnits, syntaxErrors);

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
        var models = BindModels(modelUnits, byName, regimes, diagnostics, syntaxErrors);
        return new BindResult(domains.ToEquatableArray(), regimes.ToEquatableArray()) { Models = models.ToEquatableArray() };
    }

    /// <summary>
    /// Models after regimes: a model checks its law parameters, requirements and target regimes
    /// against them. A model's name is its generated class's, beside the regimes' and the
    /// domains', so it must differ from theirs.
    /// </summary>
    private static List<BoundModel> BindModels(List<ModelUnit> units, Dictionary<string, (BoundDomain, string)> domains, List<BoundRegime> regimes, DiagnosticBag diagnostics, SyntaxErrors syntaxErrors)
    {
        var models = new List<BoundModel>();
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        var taken = new HashSet<string>(regimes.Select(r => r.Name).Concat(domains.Keys), System.StringComparer.Ordinal);
        foreach (var unit in units)
        {
            var name = unit.Header.Name;
            if (!names.Add(name.Text))
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicateName, name.Span, "model", name.Text);
                continue;
            }
            if (taken.Contains(name.Text))
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicateName, name.Span, "name of a domain, regime or model", name.Text);
                continue;
            }
            var model = Models.ModelBinder.Bind(unit, domains, regimes, diagnostics, syntaxErrors);
            if (model is not null) models.Add(model);
        }
        return models;
    }
}
