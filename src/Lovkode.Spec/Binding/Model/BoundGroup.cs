using Lovkode.Spec.Collections;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Model;

/// <summary>
/// A target group (målgruppe): a condition over facts. <see cref="IsOutside"/> marks a group to
/// which no effort applies (e.g. a pensioner); it still takes part in the coverage check.
/// <see cref="From"/> lists the base regime's groups this one replaces in a <c>regroup</c>.
/// Index is the group's position in <see cref="BoundRegime.Groups"/>, which is what
/// <c>Classify</c> returns.
/// </summary>
public sealed record BoundGroup(
    string Name,
    int Index,
    string? Title,
    BoundExpr Condition,
    bool IsOutside,
    EquatableArray<string> From,
    Citation? Citation,
    BoundSpan Span);
