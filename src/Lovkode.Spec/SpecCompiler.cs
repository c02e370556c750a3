using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Analysis;
using Lovkode.Spec.Analysis.Models;
using Lovkode.Spec.Binding;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax;
using Lovkode.Spec.Text;

namespace Lovkode.Spec;

/// <summary>
/// The whole front end in one call: Syntax → Binding → Analysis. It never throws on bad
/// input; every problem becomes a diagnostic. The source generator and the CLI both call it.
/// </summary>
public static class SpecCompiler
{
    public static SpecCompilation Compile(IEnumerable<SpecSource> sources, AnalysisOptions? options = null)
    {
        var bag = new DiagnosticBag();
        var files = sources
            .OrderBy(s => s.Path, System.StringComparer.Ordinal)
            .Select(s => SpecParser.Parse(s, bag))
            .ToList();
        var bound = SpecBinder.Bind(files, bag);
        foreach (var regime in bound.Regimes)
        {
            var domain = bound.Domains.FirstOrDefault(d => d.Name == regime.DomainName);
            if (domain is not null)
            {
                SpecAnalyzer.Analyze(domain, regime, bag, options ?? AnalysisOptions.Default);
            }
        }
        foreach (var model in bound.Models)
        {
            var domain = bound.Domains.FirstOrDefault(d => d.Name == model.DomainName);
            if (domain is not null) ModelAnalyzer.Analyze(domain, model, bag);
        }
        return new SpecCompilation(bound.Domains, bound.Regimes, bag.ToSortedList().ToEquatableArray()) { Models = bound.Models };
    }
}
