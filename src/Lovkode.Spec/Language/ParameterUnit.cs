namespace Lovkode.Spec.Language;

/// <summary>The unit a parameter is declared in.</summary>
public enum ParameterUnit
{
    Weeks,
    Days,
    Minutes,
    Hours,
    Dkk,
    /// <summary>A share in [0, 1]; written as a percentage (75%) or a fraction (0.75).</summary>
    Share,
    Count,
}
