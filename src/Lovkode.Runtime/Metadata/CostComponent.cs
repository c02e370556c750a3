namespace Lovkode.Runtime;

/// <summary>The parts of an event's cost; mirrors the spec language's cost items.</summary>
public enum CostComponent : byte
{
    Meeting,
    Preparation,
    FollowUp,
    Documentation,
    Citizen,
    Dkk,
}
