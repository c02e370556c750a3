namespace Lovkode.Spec.Language;

/// <summary>The type of a citizen fact, as a domain declares it.</summary>
public enum FactType
{
    /// <summary>One member of a declared enum; stored as the member's ordinal.</summary>
    Enum,
    /// <summary>Stored as 0 or 1.</summary>
    Bool,
    /// <summary>A whole number within [Min, Max].</summary>
    Number,
    /// <summary>A day number (days since 0001-01-01) within [Min, Max].</summary>
    Date,
}
