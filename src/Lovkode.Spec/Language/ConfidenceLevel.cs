namespace Lovkode.Spec.Language;

/// <summary>How much a value is to be trusted: high, medium or low, as shared/domain.md grades its facts.</summary>
public enum ConfidenceLevel
{
    High,
    Medium,
    Low,
}
