using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Analysis;

/// <summary>
/// What the Analysis pass checks in one go: a regime with its domain, or a population model with
/// its domain. It compares as the bound model does, without positions, so the source generator
/// analyses a unit again only when what it means changed, not when its rules moved.
/// </summary>
public sealed record AnalysisUnit(BoundDomain Domain, BoundRegime? Regime, BoundModel? Model)
{
    public string Name => Regime?.Name ?? Model?.Name ?? "";

    public bool IsRegime => Regime is not null;

    /// <summary>The files the unit was built from: an error in any of them keeps it from being analysed.</summary>
    public EquatableArray<string> SourcePaths => Regime?.SourcePaths ?? Model?.SourcePaths ?? EquatableArray<string>.Empty;

    /// <summary>
    /// The units of a binding, in the order the analysis runs them (regimes, then models, each in
    /// the binder's order), leaving out those whose domain is unknown and those whose files have
    /// an error of the Syntax or Binding pass: half a regime would only collect errors that follow
    /// from the first ones.
    /// </summary>
    public static IReadOnlyList<AnalysisUnit> Of(BoundFiles bound)
    {
        var broken = new HashSet<string>(bound.Diagnostics.Where(d => d.IsError).Select(d => d.Span.Path), System.StringComparer.Ordinal);
        var units = new List<AnalysisUnit>();
        foreach (var regime in bound.Result.Regimes)
        {
            var domain = bound.Result.Domains.FirstOrDefault(d => d.Name == regime.DomainName);
            if (domain is not null && !regime.SourcePaths.Any(broken.Contains)) units.Add(new AnalysisUnit(domain, regime, null));
        }
        foreach (var model in bound.Result.Models)
        {
            var domain = bound.Result.Domains.FirstOrDefault(d => d.Name == model.DomainName);
            if (domain is not null && !model.SourcePaths.Any(broken.Contains)) units.Add(new AnalysisUnit(domain, null, model));
        }
        return units;
    }

    /// <summary>Every place written in the unit, in <see cref="BoundPlaces"/>' order.</summary>
    public EquatableArray<SourceSpan> Places() => Regime is not null ? BoundPlaces.Of(Domain, Regime) : BoundPlaces.Of(Domain, Model!);
}
