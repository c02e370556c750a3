using Lovkode.Cli.Tests.Support;
using Lovkode.Reports.Writers;

namespace Lovkode.Cli.Tests.EndToEnd;

/// <summary><c>lovkode run --by-provision</c> as a process: the tables, results.json and the report's waterfall; bad names fail first.</summary>
public sealed class ProvisionRunTests : TempFolderTest
{
    private const string Small = """
        name: Small
        regimes:
          baseline: Kontaktforloeb2024
          reforms: [Reform2026]
        population:
          size: 2000
        horizon: { start: 2027-01-04, weeks: 13 }
        replications: 2
        seed: 5
        outputs:
          folder: out
        """;

    [Fact]
    public void A_split_prints_its_provisions_with_citations_and_writes_json_and_a_waterfall()
    {
        var result = CliProcess.Run(Folder, "run", Write("small.yaml", Small), "--provision", "SkaerpetTilsyn", "--provision", "Reform2026.quota.Jobsamtale", "-f", "html");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Provisions of Reform2026 against Kontaktforloeb2024 (3; exact: every coalition; 1 replication(s) of 2,000 persons", result.Stdout);
        Assert.Contains("Reform2026.supervision.SkaerpetTilsyn  remove  remove supervision SkaerpetTilsyn", result.Stdout);
        Assert.Contains("rules/Reform2026.rules:31:1", result.Stdout);
        Assert.Contains("§ Lov nr. 1750/2025 (L 66 2025/26): det statslige skærpede tilsyn afskaffes", result.Stdout);
        Assert.Contains("caseworker.hours (hours): Reform2026 − Kontaktforloeb2024 by provision", result.Stdout);
        Assert.Contains("Total (reform − baseline)", result.Stdout);

        var document = ResultsJson.Read(Path.Combine(Folder, "out", "results.json"));
        var split = Assert.Single(document.ProvisionSplits!);
        Assert.Equal(["Reform2026.supervision.SkaerpetTilsyn", "Reform2026.quota.Jobsamtale", "rest"], split.Provisions.Select(p => p.Id));
        Assert.Equal(1, split.Replications);
        var html = File.ReadAllText(Path.Combine(Folder, "out", "report.html"));
        Assert.Contains("Reform2026 against Kontaktforloeb2024: the delta by provision", html);
        Assert.Contains("caseworker.hours: Reform2026 − Kontaktforloeb2024 by provision", html);
    }

    [Fact]
    public void An_unknown_provision_is_one_error_line_exit_2_and_nothing_written()
    {
        var result = CliProcess.Run(Folder, "run", Write("small.yaml", Small), "--provision", "Nope");
        Assert.True(result.ExitCode == 2, result.ToString());
        var lines = result.Stderr.TrimEnd().Split('\n');
        Assert.True(lines.Length == 1, result.ToString());
        Assert.StartsWith("error: --provision: no provision 'Nope' in Reform2026", lines[0]);
        Assert.Contains("its provisions are Sygedagpenge2025.requirement.SygOpfoelgning", lines[0]);
        Assert.Equal("", result.Stdout);
        Assert.False(Directory.Exists(Path.Combine(Folder, "out")));
    }

    [Fact]
    public void A_baseline_that_the_reform_does_not_extend_is_one_error_line()
    {
        var path = Write("wrong.yaml", Small.Replace("baseline: Kontaktforloeb2024", "baseline: Ekspertgruppe2024", StringComparison.Ordinal));
        var result = CliProcess.Run(Folder, "run", path, "--by-provision");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"{path}:4:13: regimes.reforms[0]: cannot split Reform2026 by provision: Reform2026 does not extend Ekspertgruppe2024", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(Folder, "out")));
    }
}
