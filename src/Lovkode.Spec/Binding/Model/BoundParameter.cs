using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Model;

/// <summary>A named, typed, cited value that may vary by target group and by date.</summary>
public sealed record BoundParameter(
    string Name,
    int Index,
    ParameterUnit Unit,
    string? Title,
    EquatableArray<BoundParameterValue> Values,
    BoundSpan Span);

/// <summary>
/// One value line. <see cref="GroupIndex"/> is -1 for a value that holds for every group (a
/// default); <see cref="FromDay"/> and <see cref="UntilDay"/> are day numbers, null meaning
/// unbounded; the interval is [From, Until).
/// </summary>
public sealed record BoundParameterValue(
    int GroupIndex,
    double Value,
    int? FromDay,
    int? UntilDay,
    Citation? Citation,
    BoundSpan Span)
{
    /// <summary>The range an uncertainty analysis may draw the value from (<c>range LO..HI shape</c>), or null: taken as exact.</summary>
    public BoundRange? Range { get; init; }

    /// <summary>The confidence the value line states, or null when it states none.</summary>
    public ConfidenceLevel? Confidence { get; init; }
}
