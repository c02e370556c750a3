using Lovkode.Simulation.Calibration;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;
using Xunit.Abstractions;

namespace Lovkode.Simulation.Tests.Calibration;

/// <summary>
/// The baseline at Danish scale against seed 002 (docs/model.md, "Calibration"). A scaled sample
/// of 20,000 persons is extrapolated; its CI is about ±1%, well inside the ±10% tolerance.
/// </summary>
public sealed class DanishCalibrationTests(ITestOutputHelper output)
{
    private static SimulationOptions Sample => CalibrationRun.DefaultOptions with { Persons = 20_000, Replications = 2 };

    [Fact]
    public void The_2024_baseline_lands_within_10_percent_of_seed_002()
    {
        var rows = CalibrationRun.Run(DanishLaw.Create(CalibrationRun.DefaultRegime), Sample);
        output.WriteLine(CalibrationRun.ToMarkdown(rows));
        Assert.All(rows, r => Assert.True(r.WithinTolerance, $"{r.Target.Name}: model {r.Model:N0}, target {r.Target.Value:N0} ({r.Difference:P1})"));
    }

    [Fact]
    public void Every_Danish_regime_runs_and_an_empty_reform_of_it_is_exactly_zero()
    {
        foreach (var name in new[] { "Lab2019", "Forenkling2022", "Kontaktforloeb2024", "Velfaerdskommune2023", "Ekspertgruppe2024", "Sygedagpenge2025", "Reform2026", "Hovedlov2027" })
        {
            var options = Options.Small(persons: 2000, replications: 2, weeks: 52) with { Start = new DateOnly(2026, 1, 5) };
            var result = Simulator.Run([Arm.Of(DanishLaw.Create(name), "A"), Arm.Of(DanishLaw.Create(name), "B")], options);
            Assert.True(result.Total("interviews") > 0, name);
            Assert.All(result.Comparisons[0].Deltas, d => Assert.Equal(0.0, d.Delta));
        }
    }

    [Fact]
    public void The_2026_reform_holds_fewer_required_interviews_than_the_2024_law()
    {
        var options = Options.Small(persons: 20_000, replications: 2, weeks: 52) with { Start = new DateOnly(2027, 1, 4) };
        var result = Simulator.Run([Arm.Of(DanishLaw.Create("Kontaktforloeb2024")), Arm.Of(DanishLaw.Create("Reform2026"))], options);
        var delta = result.Comparisons[0].Find("interviews.required")!;
        output.WriteLine($"interviews.required: {delta.BaselineMean:N0} → {delta.ReformMean:N0} ({delta.RelativeChange:P1})");
        Assert.True(delta.Upper < 0);
    }

    [Fact]
    public void A_timeline_from_2023_to_2027_switches_law_on_the_effective_dates()
    {
        var start = new DateOnly(2025, 1, 6);
        var timeline = Arm.Timeline("2025-2027",
            new RegimePeriod(DateOnly.MinValue, DanishLaw.Create("Kontaktforloeb2024")),
            new RegimePeriod(new DateOnly(2026, 2, 1), DanishLaw.Create("Reform2026")));
        var result = Simulator.Run([Arm.Of(DanishLaw.Create("Kontaktforloeb2024")), timeline], Options.Small(persons: 3000, replications: 1, weeks: 130) with { Start = start });
        Assert.Equal(["Kontaktforloeb2024", "Reform2026"], result.Arms[1].Regimes);
        Assert.True(result.Comparisons[0].Find("interviews.required")!.Delta < 0);
    }
}
