using Lovkode.Runtime;

namespace Lovkode.Simulation.Tests.Support.Jobseeker;

/// <summary>
/// A second, non-Danish domain for the engine's tests: a job-seeker allowance in the style of a
/// British jobcentre (claims, a readiness stage, carers, regions). Nothing in it is Danish, so a
/// test that runs it shows the engine reads the world only from the model.
/// </summary>
internal static class JobseekerDomain
{
    public const string Name = "Jobseeker";
    public const int Claim = 0, Stage = 1, Age = 2, Carer = 3, Region = 4;
    public const int Allowance = 0, Sickness = 1, Training = 2, NoClaim = 3;
    public const int Ready = 0, NeedsSupport = 1;
    public const int WorkCoach = 0, Provider = 1;
    public const int InPerson = 0, Phone = 1;

    public static IReadOnlyList<FactInfo> Facts { get; } =
    [
        new("claim", Claim, FactKind.Enum, 0, 3, ["Allowance", "Sickness", "Training", "None"], "Claim"),
        new("stage", Stage, FactKind.Enum, 0, 1, ["Ready", "Support"], "Stage"),
        new("age", Age, FactKind.Number, 0, 100, [], "Age"),
        new("carer", Carer, FactKind.Bool, 0, 1, [], "Carer"),
        new("region", Region, FactKind.Enum, 0, 2, ["North", "Midlands", "South"], "Region"),
    ];

    public static IReadOnlyList<string> Actors { get; } = ["WorkCoach", "Provider"];

    public static IReadOnlyList<string> Channels { get; } = ["InPerson", "Phone"];

    public static readonly Citation Cite = new("jobseeker test", true);
}
