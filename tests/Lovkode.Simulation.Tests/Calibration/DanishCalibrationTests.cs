using Lovkode.Simulation.Calibration;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;
using Xunit.Abstractions;

namespace Lovkode.Simulation.Tests.Calibration;

/// <summary>
/// The baseline at Danish scale against the Danish model's targets, seed 002 (docs/model.md,
/// "Calibration"). A scaled sample of 20,000 persons is extrapolated; its CI is about ±1%, well
/// inside the ±10% tolerance.
/// </summary>
public sealed class DanishCalibrationTests(ITestOutputHelper output)
{
    [Fact]
    public void The_2024_baseline_lands_within_the_models_targets_of_seed_002()
    {
        var model = DanishModel.Create();
        var rows = CalibrationRun.Run(model, Lovkode.Law.Regimes.TryCreate, CalibrationRun.DefaultOptions(model) with { Persons = 20_000, Replications = 2 });
        output.WriteLine(CalibrationRun.ToMarkdown(rows));
        Assert.Equal(["interviews", "interviews.dkk", "case.years"], rows.Select(r => r.Target.Metric));
        Assert.Equal([0.10, 0.10, 0.15], rows.Select(r => r.Target.Tolerance));
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
    public void The_reform_in_force_holds_fewer_required_interviews_than_the_law_before_it()
    {
        // The default scenario's pair (scenarios/default.yaml): Sygedagpenge2025 against Hovedlov2027.
        var options = Options.Small(persons: 20_000, replications: 2, weeks: 52) with { Start = new DateOnly(2027, 1, 4) };
        var result = Simulator.Run([Arm.Of(DanishLaw.Create("Sygedagpenge2025")), Arm.Of(DanishLaw.Create("Hovedlov2027"))], options);
        var delta = result.Comparisons[0].Find("interviews.required")!;
        output.WriteLine($"interviews.required: {delta.BaselineMean:N0} → {delta.ReformMean:N0} ({delta.RelativeChange:P1})");
        Assert.True(delta.Upper < 0);
    }

    [Fact]
    public void A_timeline_of_the_law_as_enacted_switches_law_on_the_effective_dates()
    {
        var start = new DateOnly(2024, 7, 1);
        var timeline = Arm.Timeline("2024-2027",
            new RegimePeriod(DateOnly.MinValue, DanishLaw.Create("Kontaktforloeb2024")),
            new RegimePeriod(new DateOnly(2025, 1, 1), DanishLaw.Create("Sygedagpenge2025")),
            new RegimePeriod(new DateOnly(2026, 2, 1), DanishLaw.Create("Reform2026")),
            new RegimePeriod(new DateOnly(2027, 1, 1), DanishLaw.Create("Hovedlov2027")));
        var result = Simulator.Run([Arm.Of(DanishLaw.Create("Kontaktforloeb2024")), timeline], Options.Small(persons: 3000, replications: 1, weeks: 156) with { Start = start });
        Assert.Equal(["Kontaktforloeb2024", "Sygedagpenge2025", "Reform2026", "Hovedlov2027"], result.Arms[1].Regimes);
        Assert.True(result.Comparisons[0].Find("interviews.required")!.Delta < 0);
    }
}
