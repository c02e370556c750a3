using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;

namespace Lovkode.Spec.Binding;

/// <summary>What the binder hands to analysis: every domain and every regime it could bind.</summary>
public sealed record BindResult(EquatableArray<BoundDomain> Domains, EquatableArray<BoundRegime> Regimes);
