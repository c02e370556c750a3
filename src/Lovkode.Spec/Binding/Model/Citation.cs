using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Model;

/// <summary>
/// Where a rule or value comes from: <c>§ "LBI § 13"</c>. An assumption
/// (<c>assumed "why"</c>) marks a value no public source gives; it is documented, never silent.
/// </summary>
public sealed record Citation(string Text, bool IsAssumption, BoundSpan Span)
{
    /// <summary>A model value chosen so that the model meets its targets (<c>calibrated "how"</c>).</summary>
    public bool IsCalibrated { get; init; }
}
