using Lovkode.Simulation.Results;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Engine;

/// <summary>
/// A supervision rule's <c>except when</c> leaves the cases it matches out of the measure; a
/// municipality with no counted case is not under supervision. Velfaerdskommune2023 exempts its
/// four freed municipalities (docs/law.md, A7); every other municipality is judged as before. The
/// result gate is opened for every municipality here, so that each is judged on its focus target.
/// </summary>
public sealed class SupervisionExemptionTests
{
    private static readonly string[] Freed = ["Hilleroed", "Greve", "Silkeborg", "Aabenraa"];

    [Fact]
    public void The_freed_municipalities_never_come_under_supervision_and_the_others_are_judged_as_before()
    {
        // Every municipality examined and no alternative, so that the focus target alone decides
        // (with the model's result gate only about two a year are examined: SupervisionGateTests).
        var model = SupervisionGateTests.DanishWith(("area.result.worse", -1.0), ("area.alternative", 0.0));
        var options = Options.Small(persons: 20_000, replications: 2, weeks: 52, model: model) with { Start = new DateOnly(2023, 7, 3) };
        var result = Simulator.Run([Arm.Of(DanishLaw.Create("Forenkling2022")), Arm.Of(DanishLaw.Create("Velfaerdskommune2023"))], options);
        var comparison = result.Comparisons[0];
        var years = comparison.Deltas.Where(d => d.Metric == "supervision.municipality.years" && d.Area != SimulationResult.All && d.Group == SimulationResult.All).ToList();
        Assert.Equal(98, years.Count);
        foreach (var municipality in years)
        {
            if (Freed.Contains(municipality.Area)) Assert.Equal(0.0, municipality.ReformMean);
            else Assert.Equal(municipality.BaselineMean, municipality.ReformMean);
        }
        // Without the exemption these four would be under supervision in both arms: the test
        // means something only if the baseline has them there.
        Assert.True(years.Where(m => Freed.Contains(m.Area)).Sum(m => m.BaselineMean) > 0);
    }
}
