using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Model;

/// <summary>
/// The shape of the distribution an uncertain value is drawn from (the runtime's
/// <c>DistributionShape</c>; docs/spec-language.md, "Values with ranges").
/// </summary>
public enum RangeShape
{
    /// <summary>Every value between the bounds alike.</summary>
    Uniform,
    /// <summary>Triangular between the bounds, with its mode at the point value (the default).</summary>
    Triangular,
    /// <summary>Normal around the point value, truncated to the bounds.</summary>
    Normal,
    /// <summary>Log-normal with its median at the point value, truncated to the bounds; needs a positive lower bound.</summary>
    LogNormal,
    /// <summary>Beta with its mean at the point value; for shares only.</summary>
    Beta,
}

/// <summary>How much a value is to be trusted: high, medium or low, as shared/domain.md grades its facts.</summary>
public enum ConfidenceLevel
{
    High,
    Medium,
    Low,
}

/// <summary><c>range LO..HI shape</c> after a value: the bounds (already as fractions for shares) and the shape.</summary>
public sealed record BoundRange(double Low, double High, RangeShape Shape, BoundSpan Span);
