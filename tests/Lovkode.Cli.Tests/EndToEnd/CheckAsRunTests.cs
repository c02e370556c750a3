using Lovkode.Cli.Tests.Support;

namespace Lovkode.Cli.Tests.EndToEnd;

/// <summary>
/// <c>check</c> on a scenario finds what <c>run</c> would refuse before it simulates, at the
/// same place and in the same words: a scenario that <c>check</c> passes is one <c>run</c>
/// starts. These three passed <c>check</c> and failed <c>run</c> before.
/// </summary>
public sealed class CheckAsRunTests : TempFolderTest
{
    private const string Head = "name: x\nregimes: { baseline: Lab2019, reforms: [Reform2026] }\nhorizon: { start: 2027-01-04, weeks: 4 }\n";

    [Theory]
    [InlineData("population: { size: 100, composition: { benefit: { Dagpengex: 100% } } }\n",
        "4:13", "population.composition.benefit.Dagpengex: the population has no benefit 'Dagpengex'; it has Dagpenge, Foertidspension")]
    [InlineData("population: { size: 100 }\nparameters:\n  - name: SamtaleMoedeMinutter\n    value: -30\n    from: 2027-01-01\n",
        "7:12", "parameters[0].value: SamtaleMoedeMinutter cannot be -30: a parameter value is a number of 0 or more")]
    [InlineData("population: { size: 100 }\nparameters:\n  - name: NoSuchParam\n    value: 3\n    from: 2027-01-01\n",
        "6:5", "parameters[0]: no parameter 'NoSuchParam' in Lab2019, Reform2026")]
    public void Check_refuses_what_run_refuses_at_the_same_place(string rest, string place, string detail)
    {
        var path = Write("s.yaml", Head + rest);
        var check = CliProcess.Run(Folder, "check", path);
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.StartsWith($"{path}:{place}: error: {detail}", check.Stdout);
        Assert.DoesNotContain("scenario ok", check.Stdout);

        var run = CliProcess.Run(Folder, "run", path, "--out", Path.Combine(Folder, "out"));
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith($"error: {path}:{place}: {detail}", run.Stderr);
        Assert.False(Directory.Exists(Path.Combine(Folder, "out")), "a refused run leaves no output folder");
    }

    [Fact]
    public void Every_shipped_scenario_passes_check()
    {
        var scenarios = Path.Combine(AppContext.BaseDirectory, "scenarios");
        var files = Directory.GetFiles(scenarios, "*.yaml", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        var check = CliProcess.Run(Folder, ["check", .. files]);
        Assert.True(check.ExitCode == 0, check.ToString());
        foreach (var file in files) Assert.Contains($"{file}: scenario ok", check.Stdout);
    }
}
