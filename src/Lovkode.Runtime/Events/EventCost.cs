namespace Lovkode.Runtime;

/// <summary>
/// What one event costs. Caseworker time is split by activity (minutes); the citizen's own
/// time and any direct cost in DKK are kept apart.
/// </summary>
public readonly record struct EventCost(
    double MeetingMinutes,
    double PreparationMinutes,
    double FollowUpMinutes,
    double DocumentationMinutes,
    double CitizenMinutes,
    double Dkk)
{
    public double CaseworkerMinutes => MeetingMinutes + PreparationMinutes + FollowUpMinutes + DocumentationMinutes;

    public static EventCost operator +(EventCost a, EventCost b) => new(
        a.MeetingMinutes + b.MeetingMinutes,
        a.PreparationMinutes + b.PreparationMinutes,
        a.FollowUpMinutes + b.FollowUpMinutes,
        a.DocumentationMinutes + b.DocumentationMinutes,
        a.CitizenMinutes + b.CitizenMinutes,
        a.Dkk + b.Dkk);
}
