using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Drafts;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding;

/// <summary>
/// Binds every regime, bases before reforms. A reform starts from a copy of its base's
/// draft, applies its own declarations as deltas, and is then built into a flat
/// <see cref="BoundRegime"/>. Unknown bases and cycles of <c>extends</c> are reported.
/// </summary>
internal sealed class RegimeBinder
{
    private readonly Dictionary<string, RegimeUnit> _units = new(System.StringComparer.Ordinal);
    private readonly List<RegimeUnit> _order = new();
    private readonly Dictionary<string, (BoundDomain Domain, string Path)> _domains;
    private readonly DiagnosticBag _bag;
    private readonly Dictionary<string, BoundRegimeState?> _done = new(System.StringComparer.Ordinal);
    private readonly List<string> _visiting = new();
    private readonly SyntaxErrors _syntaxErrors;

    public RegimeBinder(IEnumerable<RegimeUnit> units, Dictionary<string, (BoundDomain Domain, string Path)> domains, DiagnosticBag bag, SyntaxErrors syntaxErrors)
    {
        _domains = domains;
        _bag = bag;
        _syntaxErrors = syntaxErrors;
        foreach (var unit in units)
        {
            var name = unit.Header.Name.Text;
            if (_units.ContainsKey(name))
            {
                bag.Report(DiagnosticDescriptors.DuplicateName, unit.Header.Name.Span, "regime", name);
                continue;
            }
            _units.Add(name, unit);
            _order.Add(unit);
        }
    }

    public List<BoundRegime> BindAll()
    {
        var result = new List<BoundRegime>();
        foreach (var unit in _order)
        {
            var state = Bind(unit);
            if (state is not null) result.Add(state.Regime);
        }
        return result;
    }

    private BoundRegimeState? Bind(RegimeUnit unit)
    {
        var name = unit.Header.Name.Text;
        if (_done.TryGetValue(name, out var done)) return done;
        _visiting.Add(name);
        var state = BindUncached(unit);
        _visiting.RemoveAt(_visiting.Count - 1);
        _done[name] = state;
        return state;
    }

    private BoundRegimeState? BindUncached(RegimeUnit unit)
    {
        var header = unit.Header;
        BoundRegimeState? baseState = null;
        if (header.Extends is { } extends)
        {
            if (_visiting.Contains(extends.Text))
            {
                var cycle = _visiting.Skip(_visiting.IndexOf(extends.Text)).Concat(new[] { extends.Text });
                _bag.Report(DiagnosticDescriptors.ExtendsCycle, extends.Span, header.Name.Text, string.Join(" → ", cycle));
                return null;
            }
            if (!_units.TryGetValue(extends.Text, out var baseUnit))
            {
                _bag.Report(DiagnosticDescriptors.UnknownBaseRegime, extends.Span, header.Name.Text, extends.Text);
                return null;
            }
            baseState = Bind(baseUnit);
            if (baseState is null) return null; // the base's own error says why
        }

        var domain = ResolveDomain(unit, baseState);
        if (domain is null) return null;

        var draft = baseState?.Draft.Copy() ?? new RegimeDraft();
        var deltas = new DeltaApplier(unit, draft, domain.Value.Domain, baseState?.Regime.Name, _bag, _syntaxErrors);
        deltas.Apply();
        var builder = new RegimeBuilder(unit, draft, deltas.Removed, _bag);
        var built = builder.Build();

        var sourcePaths = new List<string> { unit.Path };
        if (baseState is not null) sourcePaths.AddRange(baseState.Regime.SourcePaths);
        sourcePaths.Add(domain.Value.Path);

        var regime = new BoundRegime(
            header.Name.Text,
            header.Title?.Text,
            domain.Value.Domain.Name,
            header.Source?.Text ?? baseState?.Regime.Source,
            header.Effective?.Day ?? baseState?.Regime.EffectiveDay,
            baseState?.Regime.Name,
            built.Groups,
            built.Parameters,
            built.Requirements,
            built.Quotas,
            built.Supervisions,
            deltas.Changes.ToEquatableArray(),
            DeclarationBinder.Cite(header.Citation),
            sourcePaths.Distinct(System.StringComparer.Ordinal).ToEquatableArray(),
            header.Span)
        {
            Lineage = baseState is null
                ? EquatableArray<string>.Empty
                : new[] { baseState.Regime.Name }.Concat(baseState.Regime.Lineage).ToEquatableArray(),
        };
        return new BoundRegimeState(regime, draft);
    }

    private (BoundDomain Domain, string Path)? ResolveDomain(RegimeUnit unit, BoundRegimeState? baseState)
    {
        var header = unit.Header;
        if (header.Domain is { } named)
        {
            if (!_domains.TryGetValue(named.Text, out var found))
            {
                _bag.Report(DiagnosticDescriptors.UnknownName, named.Span, "domain", named.Text, Suggestions.DidYouMean(named.Text, _domains.Keys));
                return null;
            }
            if (baseState is not null && baseState.Regime.DomainName != named.Text)
            {
                _bag.Report(DiagnosticDescriptors.DomainMismatch, named.Span, header.Name.Text, named.Text,
                    baseState.Regime.Name, baseState.Regime.DomainName);
                return null;
            }
            return found;
        }
        if (baseState is not null && _domains.TryGetValue(baseState.Regime.DomainName, out var inherited))
        {
            return inherited;
        }
        _bag.Report(DiagnosticDescriptors.MissingDomain, header.Name.Span, header.Name.Text);
        return null;
    }

    /// <summary>A bound regime with the (validated) draft a reform of it starts from.</summary>
    private sealed record BoundRegimeState(BoundRegime Regime, RegimeDraft Draft);
}
