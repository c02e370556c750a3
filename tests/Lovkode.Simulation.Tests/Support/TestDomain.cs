using Lovkode.Runtime;
using Lovkode.Simulation.Population;

namespace Lovkode.Simulation.Tests.Support;

/// <summary>The facts of the Beskaeftigelse domain as a generated regime would declare them (src/Lovkode.Law/rules/Beskaeftigelse.rules).</summary>
internal static class TestDomain
{
    public const int Benefit = 0, Readiness = 1, Age = 2, Education = 3, Employed = 4, Absence = 5, Municipality = 6;

    public static IReadOnlyList<FactInfo> Facts { get; } =
    [
        new("benefit", Benefit, FactKind.Enum, 0, 11, Enum.GetNames<BenefitKind>(), "Ydelse"),
        new("readiness", Readiness, FactKind.Enum, 0, 2, Enum.GetNames<ReadinessKind>(), "Visitation"),
        new("age", Age, FactKind.Number, 0, 120, [], "Alder"),
        new("education", Education, FactKind.Bool, 0, 1, [], "Uddannelse"),
        new("employed", Employed, FactKind.Bool, 0, 1, [], "I job"),
        new("expectedAbsenceWeeks", Absence, FactKind.Number, 0, 104, [], "Forventet fravær"),
        new("municipality", Municipality, FactKind.Enum, 0, 97, Municipalities.All.Select(m => m.Name).ToArray(), "Kommune"),
    ];

    public static IReadOnlyList<string> Actors { get; } = ["Jobcenter", "AKasse", "Borger", "Styrelse"];

    public static IReadOnlyList<string> Channels { get; } = ["Fremmoede", "TelefonVideo", "Digital"];

    public static readonly Citation Cite = new("test", true);
}
