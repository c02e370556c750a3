namespace Lovkode.Spec.Diagnostics;

public enum Severity
{
    /// <summary>A suggestion, e.g. a simplification candidate. Never fails a build.</summary>
    Info,
    /// <summary>Legal but suspicious, e.g. a rule without a citation.</summary>
    Warning,
    /// <summary>The law as written is inconsistent or cannot be read; no code is emitted for the regime.</summary>
    Error,
}
