namespace Lovkode.Runtime;

public enum TraceKind : byte
{
    /// <summary>The citizen's target group and the condition that put them there.</summary>
    Classified,
    /// <summary>A requirement falls due this week.</summary>
    Due,
    /// <summary>A requirement would apply but an exemption holds.</summary>
    Exempt,
    /// <summary>A requirement of the group that does not apply: its condition is false, or it is not in force at the date.</summary>
    NotApplicable,
}

/// <summary>One line of an explanation: which rule, what it did, and the law behind it.</summary>
public sealed record TraceEntry(TraceKind Kind, int SpellWeek, string Rule, string Text, Citation Citation);
