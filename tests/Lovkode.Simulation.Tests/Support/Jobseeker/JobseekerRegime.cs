using Lovkode.Runtime;
using static Lovkode.Simulation.Tests.Support.Jobseeker.JobseekerDomain;

namespace Lovkode.Simulation.Tests.Support.Jobseeker;

/// <summary>
/// A hand-written regime of the job-seeker domain, in the shape the generator emits: searchers
/// have a review every <c>ReviewEvery</c> weeks and a plan at the start; the sick a health check
/// every 4 weeks from week 2; trainees a plan. It states the law the job-seeker model reads: how
/// long the allowance lasts, the reassessment week of the sick, whether training takes new
/// claims, and the hourly cost. <paramref name="lacking"/> leaves one of them out.
/// </summary>
internal sealed class JobseekerRegime : IRegime
{
    public const int Searching = 0, Sick = 1, InTraining = 2, Outside = 3;
    public const int Review = 0, HealthCheck = 1, Plan = 2;

    public JobseekerRegime(string name = "Jobseeker", double reviewEvery = 2, double allowanceWeeks = 26, double trainingOpen = 1, double hourlyCost = 300,
        string? lacking = null, DateOnly? allowanceFrom = null, double? allowanceBefore = null)
    {
        var groups = new List<GroupInfo>
        {
            new("Searching", Searching, "Searching for work", false, "claim = Allowance", [], Cite),
            new("Sick", Sick, "On sickness benefit", false, "claim = Sickness", [], Cite),
            new("InTraining", InTraining, "In training", false, "claim = Training", [], Cite),
            new("NoClaim", Outside, "No claim", true, "claim = None", [], Cite),
        };
        var parameters = new List<ParameterInfo>();
        void Add(string parameter, ParameterUnit unit, params ParameterValueInfo[] values)
        {
            if (parameter != lacking) parameters.Add(new ParameterInfo(parameter, parameters.Count, unit, parameter, values));
        }
        Add("ReviewEvery", ParameterUnit.Weeks, new ParameterValueInfo(-1, reviewEvery, null, null, Cite));
        Add("AllowanceWeeks", ParameterUnit.Weeks, allowanceFrom is { } from
            ? [new ParameterValueInfo(-1, allowanceBefore ?? allowanceWeeks, null, from, Cite), new ParameterValueInfo(-1, allowanceWeeks, from, null, Cite)]
            : [new ParameterValueInfo(-1, allowanceWeeks, null, null, Cite)]);
        Add("TrainingOpen", ParameterUnit.Share, new ParameterValueInfo(-1, trainingOpen, null, null, Cite));
        Add("HourlyCost", ParameterUnit.Dkk, new ParameterValueInfo(-1, hourlyCost, null, null, Cite));
        Add("ReassessWeek", ParameterUnit.Weeks, new ParameterValueInfo(-1, 13, null, null, Cite));
        var requirements = new List<RequirementInfo>
        {
            new("Review", Review, EventKind.Meeting, "Work search review", WorkCoach, InPerson, [Searching], "every ReviewEvery weeks", null, null, Cite),
            new("HealthCheck", HealthCheck, EventKind.Meeting, "Health check", Provider, Phone, [Sick], "every 4 weeks from week 2", null, null, Cite),
            new("Plan", Plan, EventKind.Task, "Claimant plan", WorkCoach, InPerson, [Searching, InTraining], "in week 0", null, null, Cite),
        };
        Info = new RegimeInfo(name, name, JobseekerDomain.Name, "test", null, null, Cite, Facts, Actors, Channels, groups, parameters, requirements, [], []);
        Parameters = new ParameterSet(parameters, groups.Count);
        _reviewEvery = Parameters.IndexOf("ReviewEvery");
    }

    private readonly int _reviewEvery;

    public RegimeInfo Info { get; }

    public ParameterSet Parameters { get; }

    public int MaxDuePerWeek => Info.Requirements.Count;

    public int Classify(in Citizen citizen) => citizen[Claim] switch
    {
        Allowance => Searching,
        Sickness => Sick,
        Training => InTraining,
        _ => Outside,
    };

    public int Schedule(in Citizen citizen, int group, in CaseWeek week, Span<DueEvent> due)
    {
        var n = 0;
        var w = week.SpellWeek;
        if (group == Searching && _reviewEvery >= 0 && Parameters.Value(_reviewEvery, group, week.DayNumber) is var every and >= 1 && w % (int)every == 0) due[n++] = new DueEvent(Review);
        if (group == Sick && w >= 2 && (w - 2) % 4 == 0) due[n++] = new DueEvent(HealthCheck);
        if (group is Searching or InTraining && w == 0) due[n++] = new DueEvent(Plan);
        return n;
    }

    public EventCost Cost(int requirement, int group, int dayNumber) => requirement switch
    {
        Review => new EventCost(20, 10, 10, 0, 30, 0),
        HealthCheck => new EventCost(30, 10, 10, 5, 30, 0),
        Plan => new EventCost(0, 0, 0, 15, 20, 0),
        _ => default,
    };

    public void Explain(in Citizen citizen, in CaseWeek week, ICollection<TraceEntry> trace) { }

    public TResult Accept<TResult>(IRegimeVisitor<TResult> visitor) => visitor.Visit(this);
}
