using Lovkode.Cli.RuleSets;
using Lovkode.Simulation.Calibration;

namespace Lovkode.Cli.Tests.Running;

/// <summary>
/// The Finnish model's own targets, run as the calibration runs them: the registered jobseekers
/// of 2023 under the base regime, and the committee's −572 person-years as the change Tyke2026
/// makes against it (a target on a difference), on the files as a user has them.
/// </summary>
public sealed class FinnishCalibrationTests
{
    private static readonly string Finland = Path.Combine(AppContext.BaseDirectory, "scenarios", "examples", "finland");

    [Fact]
    public void The_targets_run_under_their_regimes_and_the_reform_is_compared_with_its_base()
    {
        var set = RuleSet.Compile(UserRules.FromPaths([Finland]));
        Assert.Null(set.ErrorSummary());
        using var models = new ModelLoader(set);
        using var regimes = new RegimeLoader(set);
        var model = models.Create("Suomi2023");
        var rows = CalibrationRun.Run(model, regimes.Create, CalibrationRun.DefaultOptions(model) with { Persons = 6000, Replications = 2 });

        var caseYears = rows.Single(r => r.Target.Name == "Tapausvuodet");
        Assert.True(caseYears.WithinTolerance, CalibrationRun.ToMarkdown(rows));
        var reform = rows.Single(r => r.Target.Name == "Kevennys");
        Assert.Equal(("Tyke2026", "Pohjoismainen2022", -572.0), (reform.Target.Regime, reform.Target.Against, reform.Target.Value));
        // The model's saving is larger than the committee's (docs/model.md, "Adding a country"), within the target's 50%.
        Assert.True(reform.Model < -572 && reform.WithinTolerance, CalibrationRun.ToMarkdown(rows));
    }
}
