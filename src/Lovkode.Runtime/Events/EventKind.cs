namespace Lovkode.Runtime;

/// <summary>What a process event is. Mirrors the spec language's requirement kinds.</summary>
public enum EventKind : byte
{
    Meeting,
    Task,
    Offer,
    Documentation,
}
