namespace Lovkode.Spec.Evaluation;

/// <summary>Why a requirement is or is not due in a week, in the order the checks are made.</summary>
public enum RequirementOutcome
{
    NotInForce,
    ConditionFalse,
    Exempt,
    NotThisWeek,
    Due,
}
