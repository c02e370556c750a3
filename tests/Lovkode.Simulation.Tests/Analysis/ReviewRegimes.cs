using Lovkode.Runtime;
using Lovkode.Simulation.Tests.Support.Jobseeker;
using static Lovkode.Simulation.Tests.Support.Jobseeker.JobseekerDomain;

namespace Lovkode.Simulation.Tests.Analysis;

/// <summary>
/// Two regimes of the job-seeker domain in the shape the generator emits (static metadata, a
/// constructor that takes the parameter set) with ranged values, for the uncertainty analysis:
/// <see cref="ReviewBaseline"/> reviews searchers every 2 weeks (range 1..4); <see cref="ReviewReform"/>
/// "extends" it and reviews every 4 weeks. Both inherit the ranged review minutes (one value for
/// searchers and trainees, 20 range 10..40, beside a cited 30 for the sick), the hourly cost (300
/// range 200..400), and a dated price that ended in 2020 (range 1..9, never in force in the tests).
/// </summary>
internal abstract class ReviewRegime : IRegime
{
    public const int Searching = 0, Sick = 1, InTraining = 2, Outside = 3;
    public const int Review = 0, HealthCheck = 1, Plan = 2;
    public const int ReviewEvery = 0, AllowanceWeeks = 1, TrainingOpen = 2, HourlyCost = 3, ReassessWeek = 4, ReviewMinutes = 5, OldPrice = 6;

    protected ReviewRegime(RegimeInfo info, ParameterSet parameters)
    {
        if (!ReferenceEquals(parameters.Parameters, info.Parameters)) throw new ArgumentException("The parameter set was made for another regime.", nameof(parameters));
        Info = info;
        Parameters = parameters;
    }

    public RegimeInfo Info { get; }

    public ParameterSet Parameters { get; }

    public int MaxDuePerWeek => Info.Requirements.Count;

    public static readonly Runtime.Uncertainty MinutesRange = new(10, 40, DistributionShape.Triangular);

    protected static RegimeInfo Build(string name, string? basis, double reviewEvery, Runtime.Uncertainty? reviewRange)
    {
        var groups = new List<GroupInfo>
        {
            new("Searching", Searching, "Searching for work", false, "claim = Allowance", [], Cite),
            new("Sick", Sick, "On sickness benefit", false, "claim = Sickness", [], Cite),
            new("InTraining", InTraining, "In training", false, "claim = Training", [], Cite),
            new("NoClaim", Outside, "No claim", true, "claim = None", [], Cite),
        };
        var assumed = new Citation("test assumption", true);
        var parameters = new List<ParameterInfo>
        {
            new("ReviewEvery", ReviewEvery, ParameterUnit.Weeks, "Weeks between reviews", [new ParameterValueInfo(-1, reviewEvery, null, null, assumed) { Range = reviewRange }]),
            new("AllowanceWeeks", AllowanceWeeks, ParameterUnit.Weeks, "Allowance period", [new ParameterValueInfo(-1, 26, null, null, Cite)]),
            new("TrainingOpen", TrainingOpen, ParameterUnit.Share, "Training open", [new ParameterValueInfo(-1, 1, null, null, Cite)]),
            new("HourlyCost", HourlyCost, ParameterUnit.Dkk, "Hourly cost", [new ParameterValueInfo(-1, 300, null, null, assumed) { Range = new Runtime.Uncertainty(200, 400, DistributionShape.Uniform) }]),
            new("ReassessWeek", ReassessWeek, ParameterUnit.Weeks, "Reassessment week", [new ParameterValueInfo(-1, 13, null, null, Cite)]),
            new("ReviewMinutes", ReviewMinutes, ParameterUnit.Minutes, "Minutes of a review",
            [
                new ParameterValueInfo(Searching, 20, null, null, assumed) { Range = MinutesRange, Confidence = Confidence.Low },
                new ParameterValueInfo(InTraining, 20, null, null, assumed) { Range = MinutesRange, Confidence = Confidence.Low },
                new ParameterValueInfo(Sick, 30, null, null, Cite),
            ]),
            new("OldPrice", OldPrice, ParameterUnit.Dkk, "A price that ended", [new ParameterValueInfo(-1, 5, null, new DateOnly(2020, 1, 1), assumed) { Range = new Runtime.Uncertainty(1, 9, DistributionShape.Uniform) }]),
        };
        var requirements = new List<RequirementInfo>
        {
            new("Review", Review, EventKind.Meeting, "Work search review", WorkCoach, InPerson, [Searching], "every ReviewEvery weeks", null, null, Cite),
            new("HealthCheck", HealthCheck, EventKind.Meeting, "Health check", Provider, Phone, [Sick], "every 4 weeks from week 2", null, null, Cite),
            new("Plan", Plan, EventKind.Task, "Claimant plan", WorkCoach, InPerson, [Searching, InTraining], "in week 0", null, null, Cite),
        };
        return new RegimeInfo(name, name, JobseekerDomain.Name, "test", null, basis, Cite, Facts, Actors, Channels, groups, parameters, requirements, [], []);
    }

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
        if (group == Searching && Parameters.Value(ReviewEvery, group, week.DayNumber) is var every and >= 1 && w % (int)every == 0) due[n++] = new DueEvent(Review);
        if (group == Sick && w >= 2 && (w - 2) % 4 == 0) due[n++] = new DueEvent(HealthCheck);
        if (group is Searching or InTraining && w == 0) due[n++] = new DueEvent(Plan);
        return n;
    }

    public EventCost Cost(int requirement, int group, int dayNumber) => requirement switch
    {
        Review => new EventCost(Parameters.Value(ReviewMinutes, group, dayNumber), 10, 10, 0, 30, 0),
        HealthCheck => new EventCost(30, 10, 10, 5, 30, 0),
        Plan => new EventCost(0, 0, 0, 15, 20, 0),
        _ => default,
    };

    public void Explain(in Citizen citizen, in CaseWeek week, ICollection<TraceEntry> trace) { }

    public abstract TResult Accept<TResult>(IRegimeVisitor<TResult> visitor);
}

/// <summary>Reviews every 2 weeks (range 1..4).</summary>
internal sealed class ReviewBaseline(ParameterSet parameters) : ReviewRegime(Metadata, parameters)
{
    public static readonly RegimeInfo Metadata = Build("Review", null, 2, new Runtime.Uncertainty(1, 4, DistributionShape.Triangular));

    public ReviewBaseline()
        : this(CreateParameters())
    {
    }

    public static ParameterSet CreateParameters() => new(Metadata.Parameters, Metadata.Groups.Count);

    public override TResult Accept<TResult>(IRegimeVisitor<TResult> visitor) => visitor.Visit(this);
}

/// <summary>Reviews every 4 weeks, a cited value; the other ranged values as the baseline's.</summary>
internal sealed class ReviewReform(ParameterSet parameters) : ReviewRegime(Metadata, parameters)
{
    public static readonly RegimeInfo Metadata = Build("ReviewReform", "Review", 4, null);

    public ReviewReform()
        : this(CreateParameters())
    {
    }

    public static ParameterSet CreateParameters() => new(Metadata.Parameters, Metadata.Groups.Count);

    public override TResult Accept<TResult>(IRegimeVisitor<TResult> visitor) => visitor.Visit(this);
}
