namespace Lovkode.Spec.Language;

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
