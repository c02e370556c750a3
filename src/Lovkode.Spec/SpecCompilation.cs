using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec;

/// <summary>The outcome of compiling a set of .rules files: the bound model and every diagnostic, sorted.</summary>
public sealed record SpecCompilation(
    EquatableArray<BoundDomain> Domains,
    EquatableArray<BoundRegime> Regimes,
    EquatableArray<Diagnostic> Diagnostics)
{
    /// <summary>The population models (model files) that bound.</summary>
    public EquatableArray<BoundModel> Models { get; init; } = EquatableArray<BoundModel>.Empty;

    public BoundModel? FindModel(string name) => Models.FirstOrDefault(m => m.Name == name);

    /// <summary>A model is emitted only when neither its file nor its domain's has an error.</summary>
    public bool IsEmittable(BoundModel model) =>
        !Diagnostics.Any(d => d.IsError && model.SourcePaths.Contains(d.Span.Path));

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public BoundDomain? FindDomain(string name) => Domains.FirstOrDefault(d => d.Name == name);

    public BoundRegime? FindRegime(string name) => Regimes.FirstOrDefault(r => r.Name == name);

    /// <summary>A regime is emitted only when none of the files it was built from has an error.</summary>
    public bool IsEmittable(BoundRegime regime) =>
        !Diagnostics.Any(d => d.IsError && regime.SourcePaths.Contains(d.Span.Path));
}
