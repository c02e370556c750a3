namespace Lovkode.Spec.Language;

/// <summary>What kind of process event a requirement creates. Engine concepts, not domain words.</summary>
public enum RequirementKind
{
    /// <summary>An interview or meeting with the citizen (samtale).</summary>
    Meeting,
    /// <summary>A task with a deadline, e.g. a CV on Jobnet.</summary>
    Task,
    /// <summary>An active offer (tilbud): a programme, training, subsidised job.</summary>
    Offer,
    /// <summary>A documentation duty, e.g. a status in Min Plan.</summary>
    Documentation,
}
