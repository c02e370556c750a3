using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;
using Lovkode.Simulation.Tests.Support.Jobseeker;

namespace Lovkode.Simulation.Tests.Model;

/// <summary>A number the model takes from the law must be in every regime it runs with; a regime without it fails before the run, at the model's line.</summary>
public sealed class LawOperandTests
{
    [Theory]
    [InlineData("AllowanceWeeks", "transition AllowanceEnds's week count is the law's parameter 'AllowanceWeeks'")]
    [InlineData("ReassessWeek", "transition Reassessment's week count is the law's parameter 'ReassessWeek'")]
    [InlineData("TrainingOpen", "transition TrainingGate's share of branch 1 is the law's parameter 'TrainingOpen'")]
    public void A_reform_without_a_law_parameter_the_model_reads_fails_at_the_transitions_line(string lacking, string expected)
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            Simulator.Run([Arm.Of(new JobseekerRegime("Base")), Arm.Of(new JobseekerRegime("Lacking", lacking: lacking))], JobseekerModel.Options(persons: 100)));
        Assert.Contains($"model 'Jobseeker': {expected}, which regime 'Lacking' does not have", e.Message);
        Assert.Matches(@"^tests/Lovkode\.Simulation\.Tests/Support/Jobseeker/JobseekerModel\.cs:\d+:1: ", e.Message);
    }

    [Fact]
    public void A_baseline_without_the_hourly_cost_fails_naming_the_cost_and_the_regime()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Simulator.Run([Arm.Of(new JobseekerRegime("NoRate", lacking: "HourlyCost"))], JobseekerModel.Options(persons: 100)));
        Assert.Contains("the cost of a caseworker hour is the law's parameter 'HourlyCost', which regime 'NoRate' does not have", e.Message);
    }

    [Fact]
    public void A_cohort_bound_by_the_law_fails_when_the_baseline_lacks_it()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Simulator.Run([Arm.Of(new JobseekerRegime("NoPeriod", lacking: "AllowanceWeeks"))], JobseekerModel.Options(persons: 100)));
        Assert.Contains("cohort AllowanceReady's bound on the elapsed spell is the law's parameter 'AllowanceWeeks'", e.Message);
        Assert.Matches(@"^tests/Lovkode\.Simulation\.Tests/Support/Jobseeker/JobseekerModel\.cs:\d+:1: ", e.Message);
    }

    [Fact]
    public void A_stock_person_is_never_further_into_the_allowance_than_the_law_lets_it_last()
    {
        var run = EventRecorder.Run(new JobseekerRegime(allowanceWeeks: 20), JobseekerModel.Options(persons: 4000, replications: 1));
        Assert.All(run.Persons.Where(p => p.Cohort == 0 && p.IsStock), p => Assert.InRange(-p.EntryWeek, 1, 19));
    }
}
