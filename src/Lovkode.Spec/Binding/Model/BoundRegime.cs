using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Model;

/// <summary>
/// One legal regime, flattened: a reform that <c>extends</c> a base is bound to the full set
/// of groups, parameters and requirements that result, and <see cref="Changes"/> records how
/// it differs from the base (for <c>lovkode diff</c> and the law tables).
/// <see cref="SourcePaths"/> are the files it was built from (its own, its bases', its
/// domain's): an error in any of them keeps the regime from being emitted.
/// </summary>
public sealed record BoundRegime(
    string Name,
    string? Title,
    string DomainName,
    string? Source,
    int? EffectiveDay,
    string? BaseName,
    EquatableArray<BoundGroup> Groups,
    EquatableArray<BoundParameter> Parameters,
    EquatableArray<BoundRequirement> Requirements,
    EquatableArray<BoundQuota> Quotas,
    EquatableArray<BoundSupervision> Supervisions,
    EquatableArray<RegimeChange> Changes,
    Citation? Citation,
    EquatableArray<string> SourcePaths,
    BoundSpan Span)
{
    /// <summary>The regimes this one extends, nearest first (<see cref="BaseName"/>, its base, …); empty when it extends nothing.</summary>
    public EquatableArray<string> Lineage { get; init; } = EquatableArray<string>.Empty;
}

public enum ChangeKind
{
    Added,
    Removed,
    Replaced,
    Overridden,
    Regrouped,
}

/// <summary>One delta of a reform against its base, with the citation the reform gives for it.</summary>
public sealed record RegimeChange(ChangeKind Kind, ChangeTarget Target, string Name, Citation? Citation, BoundSpan Span);
