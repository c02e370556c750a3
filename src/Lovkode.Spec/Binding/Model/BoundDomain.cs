using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Model;

/// <summary>
/// The vocabulary shared by every regime of one field of law: enums, citizen facts, actors
/// and channels. Declared in a <c>domain</c> file, never hard-coded in the compiler.
/// </summary>
public sealed record BoundDomain(
    string Name,
    string? Title,
    EquatableArray<BoundEnum> Enums,
    EquatableArray<BoundFact> Facts,
    EquatableArray<BoundNamed> Actors,
    EquatableArray<BoundNamed> Channels,
    BoundSpan Span);

public sealed record BoundEnum(string Name, string? Title, EquatableArray<BoundNamed> Members, BoundSpan Span);

/// <summary>A declared name with an optional human label, e.g. an actor or an enum member.</summary>
public sealed record BoundNamed(string Name, string? Title, BoundSpan Span);

/// <summary>
/// A typed fact about a citizen. <see cref="Slot"/> is its place in the runtime's
/// <c>Citizen</c> fact vector (declaration order). For Enum facts Min is 0 and Max is the
/// member count minus 1; for Bool facts 0 and 1.
/// </summary>
public sealed record BoundFact(string Name, int Slot, FactType Type, string? EnumName, int Min, int Max, string? Title, BoundSpan Span);
