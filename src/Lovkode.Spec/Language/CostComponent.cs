namespace Lovkode.Spec.Language;

/// <summary>The parts of a requirement's cost, each in its own unit.</summary>
public enum CostComponent
{
    /// <summary>Caseworker minutes with the citizen.</summary>
    Meeting,
    /// <summary>Caseworker minutes before the meeting.</summary>
    Preparation,
    /// <summary>Caseworker minutes after: registration, communication.</summary>
    FollowUp,
    /// <summary>Caseworker minutes spent documenting.</summary>
    Documentation,
    /// <summary>Minutes of the citizen's own time.</summary>
    Citizen,
    /// <summary>Direct cost in DKK, e.g. the price of an offer.</summary>
    Dkk,
}
