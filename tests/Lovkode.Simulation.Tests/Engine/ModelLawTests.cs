using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Engine;

/// <summary>
/// The Danish model reads the legal part of its world from the regime in force: the hourly rate
/// (SagsbehandlerTimepris), the dagpenge period, and whether ressourceforløb take new cases.
/// </summary>
public sealed class ModelLawTests
{
    [Fact]
    public void The_hourly_cost_is_the_baseline_regimes_SagsbehandlerTimepris_and_an_override_of_it_is_what_the_run_uses()
    {
        var regime = new ToyRegime("Timepris", extraParameters: [("SagsbehandlerTimepris", 500)]);
        var result = Simulator.Run([Arm.Of(regime)], Options.Small(replications: 1));
        Assert.Equal(500, result.HourlyDkk, 9);
        Assert.Equal(result.Total("caseworker.hours") * 500, result.Total("caseworker.dkk"), 3);

        regime.Parameters.Override(regime.Parameters.IndexOf("SagsbehandlerTimepris"), 321);
        Assert.Equal(321, Simulator.Run([Arm.Of(regime)], Options.Small(replications: 1)).HourlyDkk);
    }

    [Fact]
    public void Hours_per_FTE_are_the_models_and_a_value_override_reaches_the_FTE()
    {
        var plain = Simulator.Run([Arm.Of(new ToyRegime())], Options.Small(replications: 1));
        var longer = Simulator.Run([Arm.Of(new ToyRegime())], Options.Small(replications: 1, model: DanishModel.With(("cost.fte", 1628 * 2))));
        Assert.Equal(1628, plain.HoursPerFte);
        Assert.Equal(plain.Total("caseworker.hours"), longer.Total("caseworker.hours"));
        Assert.Equal(plain.Total("caseworker.fte") / 2, longer.Total("caseworker.fte"), 9);
    }

    [Fact]
    public void Closing_ressourceforloeb_to_new_cases_moves_the_inflow_to_cash_benefit()
    {
        var options = Options.Small(persons: 20_000, replications: 1, weeks: 52);
        var result = Simulator.Run(
        [
            Arm.Of(new ToyRegime("Aaben")),
            Arm.Of(new ToyRegime("Lukket", extraParameters: [("TilgangRessourceforloebRevalidering", 0)])),
            Arm.Of(new ToyRegime("Fuld", extraParameters: [("TilgangRessourceforloebRevalidering", 1)])),
        ], options);
        var closed = result.Comparisons[0];
        var moved = closed.Find("entries", "Kontant")!.Delta;
        Assert.True(moved > 0);
        Assert.Equal(-moved, closed.Find("entries", "Andre")!.Delta);
        Assert.Equal(0, closed.Find("entries")!.Delta);
        Assert.All(result.Comparisons[1].Deltas, d => Assert.Equal(0.0, d.Delta));
    }

    [Fact]
    public void A_shorter_dagpenge_period_in_the_law_moves_people_to_cash_benefit_sooner()
    {
        var options = Options.Small(persons: 20_000, replications: 1, weeks: 52);
        var result = Simulator.Run([Arm.Of(new ToyRegime("Lang")), Arm.Of(new ToyRegime("Kort", extraParameters: [("DagpengePeriode", 52)]))], options);
        var comparison = result.Comparisons[0];
        Assert.True(comparison.Find("spell.changes")!.Delta > 0);
        Assert.True(comparison.Find("benefit.weeks", "Kontant")!.Delta > 0);
        Assert.True(comparison.Find("benefit.weeks", "Dagpenge")!.Delta < 0);
    }
}
