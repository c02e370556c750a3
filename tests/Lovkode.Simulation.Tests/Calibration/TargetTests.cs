using Lovkode.Runtime;
using Lovkode.Simulation.Calibration;
using Lovkode.Simulation.Tests.Support.Jobseeker;

namespace Lovkode.Simulation.Tests.Calibration;

/// <summary>Calibration reads the model's own targets; a metric or regime the target names must exist, else the error is at the target's line.</summary>
public sealed class TargetTests
{
    [Fact]
    public void The_models_targets_run_under_their_regime_and_period()
    {
        var model = JobseekerModel.Create();
        var rows = CalibrationRun.Run(model, name => name == "Jobseeker" ? new JobseekerRegime() : null, CalibrationRun.DefaultOptions(model) with { Persons = 2000, Replications = 2 });
        var row = Assert.Single(rows);
        Assert.Equal("Reviews", row.Target.Name);
        Assert.True(row.Model > 0);
        Assert.Contains("| Reviews | interviews | Jobseeker, 52 weeks from 2025-01-06 |", CalibrationRun.ToMarkdown(rows));
    }

    [Theory]
    [InlineData("samtaler", "target Reviews names metric 'samtaler', which the simulator does not report; use one of interviews, ")]
    [InlineData("interviews.actor.Jobcenter", "target Reviews's metric 'interviews.actor.Jobcenter' is not reported for regime 'Jobseeker'")]
    public void A_target_on_a_metric_the_simulator_lacks_is_an_error_at_the_targets_line(string metric, string expected)
    {
        var model = JobseekerModel.Create();
        var broken = model.WithInfo(model.Info with { Targets = [model.Info.Targets[0] with { Metric = metric }] });
        var e = Assert.Throws<InvalidOperationException>(() => CalibrationRun.Run(broken, _ => new JobseekerRegime(), CalibrationRun.DefaultOptions(broken) with { Persons = 200, Replications = 1 }));
        Assert.Contains(expected, e.Message);
        Assert.StartsWith(model.Info.Targets[0].Location + ": model 'Jobseeker': ", e.Message);
    }

    [Fact]
    public void A_target_under_a_regime_that_does_not_exist_is_an_error_at_its_line()
    {
        var model = JobseekerModel.Create();
        var e = Assert.Throws<InvalidOperationException>(() => CalibrationRun.Run(model, _ => null));
        Assert.Equal($"{model.Info.Targets[0].Location}: model 'Jobseeker': target Reviews is measured under regime 'Jobseeker', which does not exist.", e.Message);
    }
}
