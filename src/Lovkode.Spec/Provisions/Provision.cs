using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Provisions;

/// <summary>What a provision does to the regime it amends.</summary>
public enum ProvisionKind
{
    /// <summary><c>regroup</c>: the reform's groups replace its base's (with its group declarations).</summary>
    Regroup,
    /// <summary>A new requirement, group or supervision rule.</summary>
    Add,
    /// <summary><c>remove …</c>.</summary>
    Remove,
    /// <summary><c>replace …</c> of a requirement, group, parameter or supervision rule.</summary>
    Replace,
    /// <summary><c>override parameter …</c>: new values.</summary>
    Override,
    /// <summary>A <c>quota</c>, new or replaced.</summary>
    Quota,
    /// <summary>A <c>replace</c> that changes only when the rule is in force (its <c>from</c>/<c>until</c> dates): a dated phase.</summary>
    Phase,
}

/// <summary>
/// One provision of a reform: a delta statement (or a few that cannot act apart, see
/// <see cref="Also"/>) of one of the regimes between the baseline and the reform. A coalition
/// of provisions is a bit mask over <see cref="Index"/>.
/// </summary>
/// <param name="Index">The provision's bit in a coalition mask; provisions are in chain order (base reform first, file order within it).</param>
/// <param name="Id">A stable name: <c>Regime.regroup</c>, or <c>Regime.kind.Name</c> (<c>Reform2026.supervision.SkaerpetTilsyn</c>, <c>Reform2026.quota.Jobsamtale</c>).</param>
/// <param name="Regime">The regime whose file states it.</param>
/// <param name="Text">The statement in the language's words: <c>remove supervision SkaerpetTilsyn</c>.</param>
/// <param name="Citation">The statement's own citation (for a regroup, the regroup's).</param>
/// <param name="Span">Where the statement is written.</param>
/// <param name="Also">Statements that cannot be applied apart from this one, so they are one provision (each with its place).</param>
/// <param name="Requires">Provisions this one cannot act without (it names what they bring): in a coalition without them it is left out.</param>
/// <param name="FromDay">The first day the rule it brings is in force, when it says.</param>
/// <param name="UntilDay">The day the rule it brings ends, when it says.</param>
public sealed record Provision(
    int Index,
    string Id,
    string Regime,
    ProvisionKind Kind,
    string Text,
    Citation? Citation,
    SourceSpan Span,
    EquatableArray<ProvisionPart> Also,
    EquatableArray<int> Requires,
    int? FromDay,
    int? UntilDay);

/// <summary>A statement folded into another provision: its text, citation and place.</summary>
public sealed record ProvisionPart(string Text, Citation? Citation, SourceSpan Span);
