namespace Lovkode.Spec.Evaluation;

/// <summary>What one event costs, by component (minutes, and DKK); the interpreter's twin of Runtime's EventCost.</summary>
public readonly record struct CostBreakdown(
    double MeetingMinutes,
    double PreparationMinutes,
    double FollowUpMinutes,
    double DocumentationMinutes,
    double CitizenMinutes,
    double Dkk);
