using Lovkode.Simulation.Metrics;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Engine;

public sealed class ComparisonTests
{
    [Fact]
    public void An_empty_reform_gives_every_delta_exactly_zero()
    {
        var regime = new ToyRegime("Basis", quotaShare: 0.8, supervisionThreshold: 0.9);
        var result = Simulator.Run([Arm.Of(regime, "Basis"), Arm.Of(new ToyRegime("Basis", quotaShare: 0.8, supervisionThreshold: 0.9), "Samme")],
            Options.Small() with { BehaviouralEffects = true });

        var deltas = Assert.Single(result.Comparisons).Deltas;
        Assert.NotEmpty(deltas);
        Assert.All(deltas, d =>
        {
            Assert.Equal(0.0, d.Delta);
            Assert.Equal(0.0, d.Lower);
            Assert.Equal(0.0, d.Upper);
            Assert.Equal(0.0, d.RelativeChange);
        });
        Assert.True(result.Total("interviews") > 0);
    }

    [Fact]
    public void Raising_the_interview_count_never_lowers_interviews_in_any_cell()
    {
        var low = new ToyRegime("Fire", interviews: 4);
        var high = new ToyRegime("Otte", interviews: 8);
        var result = Simulator.Run([Arm.Of(low), Arm.Of(high)], Options.Small());

        var interviews = result.Comparisons[0].Deltas.Where(d => d.Metric is "interviews" or "interviews.required").ToList();
        Assert.All(interviews, d => Assert.True(d.Delta >= 0, $"{d.Group}/{d.Area}: {d.Delta}"));
        Assert.True(result.Comparisons[0].Find("interviews")!.Delta > 0);
    }

    [Fact]
    public void A_parameter_override_on_the_regime_is_what_the_simulator_runs()
    {
        var overridden = new ToyRegime("Otte", interviews: 4);
        Assert.True(overridden.Parameters.Override(ToyRegime.InterviewCount, 8));
        var result = Simulator.Run([Arm.Of(new ToyRegime("Otte", interviews: 8), "Cited"), Arm.Of(overridden, "Overridden")], Options.Small());
        Assert.All(result.Comparisons[0].Deltas, d => Assert.Equal(0.0, d.Delta));
    }

    [Fact]
    public void Without_effects_the_spells_do_not_depend_on_the_regime()
    {
        var result = Simulator.Run([Arm.Of(new ToyRegime("A", interviews: 2)), Arm.Of(new ToyRegime("B", interviews: 12))], Options.Small());
        var comparison = result.Comparisons[0];
        foreach (var metric in new[] { "benefit.weeks", "exits", "entries", "spell.changes" })
        {
            Assert.All(comparison.Deltas.Where(d => d.Metric == metric), d => Assert.Equal(0.0, d.Delta));
        }
    }

    [Fact]
    public void With_effects_more_meetings_mean_more_exits()
    {
        var options = Options.Small(persons: 20_000, replications: 3, weeks: 52) with { BehaviouralEffects = true };
        var result = Simulator.Run([Arm.Of(new ToyRegime("A", interviews: 1)), Arm.Of(new ToyRegime("B", interviews: 13))], options);
        var exits = result.Comparisons[0].Find("exits")!;
        Assert.True(exits.Lower > 0, $"exits delta {exits.Delta} [{exits.Lower}; {exits.Upper}]");
        Assert.True(result.Comparisons[0].Find("benefit.weeks")!.Delta < 0);
    }

    [Fact]
    public void The_stop_rule_ends_an_empty_reform_at_its_minimum()
    {
        var options = Options.Small(replications: 10) with { StopRule = new StopRule(MetricCatalogue.Interviews, 0.01, Relative: true, MinReplications: 3) };
        var result = Simulator.Run([Arm.Of(new ToyRegime("A")), Arm.Of(new ToyRegime("B"))], options);
        Assert.True(result.StoppedEarly);
        Assert.Equal(3, result.Replications);
    }

    [Fact]
    public void The_stop_rule_runs_on_while_the_interval_is_wide()
    {
        // The interview delta varies from replication to replication, so its CI is never this narrow.
        var options = Options.Small(persons: 1000, replications: 4) with { StopRule = new StopRule(MetricCatalogue.Interviews, 1e-9, Relative: true, MinReplications: 2) };
        var result = Simulator.Run([Arm.Of(new ToyRegime("A")), Arm.Of(new ToyRegime("B", interviews: 12))], options);
        Assert.False(result.StoppedEarly);
        Assert.Equal(4, result.Replications);
    }

    [Fact]
    public void A_stop_rule_on_an_unknown_metric_is_refused_with_the_list_of_metrics()
    {
        // A typed id cannot name a metric the catalogue lacks; a family member can name an actor the domain lacks.
        Assert.False(MetricCatalogue.TryParse("samtaler", out _));
        var options = Options.Small() with { StopRule = new StopRule(MetricCatalogue.ByActor("Ukendt")) };
        var error = Assert.Throws<ArgumentException>(() => Simulator.Run([Arm.Of(new ToyRegime())], options));
        Assert.Contains("interviews.actor.Ukendt", error.Message);
        Assert.Contains("interviews.actor.Jobcenter", error.Message);
    }
}
