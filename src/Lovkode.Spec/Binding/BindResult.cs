using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;

namespace Lovkode.Spec.Binding;

/// <summary>What the binder hands to analysis: every domain, regime and model it could bind.</summary>
public sealed record BindResult(EquatableArray<BoundDomain> Domains, EquatableArray<BoundRegime> Regimes)
{
    public EquatableArray<BoundModel> Models { get; init; } = EquatableArray<BoundModel>.Empty;
}
