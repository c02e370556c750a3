using Lovkode.Cli.Scenarios;
using Lovkode.Cli.Tests.Support;

namespace Lovkode.Cli.Tests.Reliability;

/// <summary>
/// Issue 21, defects 8 and 9: dates and week ranges beyond what the engine can represent are
/// one located error line with exit code 2, never a stack trace or a raw .NET message.
/// </summary>
public sealed class RepresentableBoundsTests : TempFolderTest
{
    private static void AssertOneErrorLine(CliResult result, params string[] expected)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        var lines = result.Stderr.TrimEnd().Split('\n');
        Assert.True(lines.Length == 1, result.ToString());
        Assert.StartsWith("error: ", lines[0]);
        foreach (var e in expected) Assert.Contains(e, lines[0]);
        Assert.DoesNotContain("Exception", result.Stderr);
        Assert.DoesNotContain("(Parameter '", result.Stderr);
    }

    [Theory]
    [InlineData("--date", "9999-12-25", "9999-12-31")]
    [InlineData("--weeks", "2147483640..2147483647", "--weeks:")]
    [InlineData("--weeks", "5000..5201", "<= 5200")]
    [InlineData("--prior-weeks", "2147483647", "--prior-weeks:")]
    public void Explain_rejects_a_spell_it_cannot_represent(string option, string value, string expected)
    {
        var result = CliProcess.Run(Folder, "explain", "--regime", "Reform2026", "--citizen", "benefit=Dagpenge age=40", option, value);
        AssertOneErrorLine(result, option + ":", expected);
    }

    [Fact]
    public void Explain_takes_the_last_date_whose_weeks_all_exist()
    {
        var result = CliProcess.Run(Folder, "explain", "--regime", "Reform2026", "--citizen", "benefit=Dagpenge age=40", "--date", "9999-06-01", "--weeks", "0..4");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("9999-06-22", result.Stdout);
    }

    [Theory]
    [InlineData("horizon: { start: 9999-12-01, weeks: 52 }", "horizon.start", "9999-12-31")]
    [InlineData("horizon: { start: 9999-12-30, weeks: 2 }", "horizon.start", "start on or before 9999-12-17")]
    [InlineData("horizon: { start: 2026-01-01, end: 2099-01-01 }", "horizon.end", "at most 520")]
    [InlineData("horizon: { start: 2026-01-01, weeks: 100000 }", "horizon.weeks", "1..520")]
    public void A_scenario_horizon_beyond_the_calendar_is_named_at_its_key(string horizon, string keyPath, string expected)
    {
        var e = Assert.Throws<ScenarioException>(() => InlineScenario.Read(InlineScenario.Minimal + "\n" + horizon + "\n"));
        Assert.Contains(keyPath, e.Message);
        Assert.Contains(expected, e.Message);
        Assert.Matches(@"test\.yaml:\d+:\d+: ", e.Message);
    }

    [Fact]
    public void Run_with_a_horizon_in_the_year_9999_is_one_located_line()
    {
        var path = Write("late.yaml", InlineScenario.Minimal + "\nhorizon: { start: 9999-12-01, weeks: 52 }\nreplications: 2\n");
        var result = CliProcess.Run(Folder, "run", path);
        AssertOneErrorLine(result, "late.yaml:", "horizon.start: a horizon of 52 weeks from 9999-12-01 runs past 9999-12-31");
        Assert.Matches(@"late\.yaml:\d+:\d+: horizon\.start", result.Stderr);
    }
}
