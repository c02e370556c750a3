using System.Linq;
using Lovkode.Spec.Binding;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;

namespace Lovkode.Generators.Model;

// Pipeline models must be immutable and compare by value, or incremental caching breaks. They
// hold only the Spec's bound model (records and EquatableArray) and strings: never a
// Compilation, ISymbol, SyntaxNode or Location.

/// <summary>One regime to emit, with the domain it reads and the namespace it goes in.</summary>
internal sealed record RegimeModel(BoundDomain Domain, BoundRegime Regime, string Namespace);

/// <summary>One domain to emit.</summary>
internal sealed record DomainModel(BoundDomain Domain, string Namespace);

/// <summary>One population model to emit, with the domain whose facts it draws.</summary>
internal sealed record PopulationModelModel(BoundDomain Domain, BoundModel Model, string Namespace);

/// <summary>The model registry: every emitted model's name and, index for index, its class (GeneratedNames.ModelClass).</summary>
internal sealed record ModelRegistryModel(EquatableArray<string> ModelNames, EquatableArray<string> ClassNames, string Namespace);

/// <summary>
/// The registry: every emitted regime's name and, index for index, the class it was emitted as
/// (GeneratedNames.RegimeClass: a regime named like its domain or a generated member gets a suffix).
/// </summary>
internal sealed record RegistryModel(EquatableArray<string> RegimeNames, EquatableArray<string> ClassNames, string Namespace);

/// <summary>
/// A diagnostic as plain data: its arguments for the descriptor's message format and where it
/// goes in the .rules file, ready to become a Roslyn Location when reported. Message is the
/// rule compiler's own text, for an id without a descriptor.
/// </summary>
/// <summary>
/// A compiler diagnostic as the generator reports it. <see cref="Severity"/> is the diagnostic's
/// own (LK0044 carries the severity of the finding it moved); <see cref="Origin"/> is where a
/// moved finding was made, reported as an additional location.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string Message, EquatableArray<string> Arguments, SourcePlace Place, Lovkode.Spec.Diagnostics.Severity Severity, SourcePlace? Origin);

/// <summary>
/// What the emitting steps read: the bound model, which compares without positions, and the
/// files that have an error (sorted), which keep their classes from being emitted. An edit
/// that only moves rules leaves it equal, so nothing downstream runs again.
/// </summary>
internal sealed record EmittableModel(BindResult Bound, EquatableArray<string> ErrorPaths)
{
    public BoundDomain? FindDomain(string name) => Bound.Domains.FirstOrDefault(d => d.Name == name);

    public bool HasError(string path) => ErrorPaths.Contains(path);

    /// <summary>A regime is emitted only when none of the files it was built from has an error.</summary>
    public bool IsEmittable(BoundRegime regime) => !regime.SourcePaths.Any(HasError);

    /// <summary>A model is emitted only when neither its file nor its domain's has an error.</summary>
    public bool IsEmittable(BoundModel model) => !model.SourcePaths.Any(HasError);
}
