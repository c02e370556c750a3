using System.Text.RegularExpressions;
using Lovkode.Cli.Tests.Support;
using Lovkode.Reports.Writers;

namespace Lovkode.Cli.Tests.EndToEnd;

/// <summary>The CLI as a process on small scenarios with the compiled-in Danish regimes.</summary>
public sealed class RunTests : TempFolderTest
{
    private const string Small = """
        name: Small
        regimes:
          baseline: Kontaktforloeb2024
          reforms: [Reform2026]
        population:
          size: 3000
        horizon: { start: 2027-01-04, weeks: 13 }
        replications: 3
        seed: 5
        outputs:
          folder: out
        """;

    [Fact]
    public void Run_prints_a_table_per_metric_and_writes_json_csv_and_html()
    {
        var result = CliProcess.Run(Folder, "run", Write("small.yaml", Small));
        Assert.True(result.ExitCode == 0, result.ToString());
        // The headline first, in words, then the tables under the metrics' titles.
        Assert.StartsWith("Reform2026 against Kontaktforloeb2024, 13 weeks from 2027-01-04:", result.Stdout.TrimStart());
        Assert.Matches(new Regex(@"^  [\d,]+ fewer interviews \(-\d+\.\d%; 95% CI [\d,]+ to [\d,]+ fewer\)\.$", RegexOptions.Multiline), result.Stdout);
        Assert.True(result.Stdout.IndexOf("fewer interviews", StringComparison.Ordinal) < result.Stdout.IndexOf("Group ", StringComparison.Ordinal));
        Assert.Contains("Interviews (meeting events), required and practice (count) — Reform2026 vs Kontaktforloeb2024", result.Stdout);
        Assert.Contains("Caseworker hours, all activities (hours) — Reform2026 vs Kontaktforloeb2024", result.Stdout);
        Assert.Matches(new Regex(@"^Group\s+Baseline\s+Reform\s+Delta\s+95% CI\s+Change$", RegexOptions.Multiline), result.Stdout);
        // Redirected output is plain: no progress bar, no box drawing, no escape codes.
        Assert.DoesNotContain("\u001b[", result.Stdout);
        Assert.DoesNotContain("│", result.Stdout);

        var output = Path.Combine(Folder, "out");
        Assert.Equal(["report.html", "results.csv", "results.json"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var document = ResultsJson.Read(Path.Combine(output, "results.json"));
        Assert.Equal(3, document.Run.ReplicationsRun);
        Assert.Contains(document.Regimes, r => r.Name == "Reform2026" && r.Origin == "compiled in");
        var report = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("<svg", report);
        Assert.Contains("<div class=\"headline\">", report);
        Assert.Contains("Caseworker hours, all activities <code>caseworker.hours</code>", report);
    }

    [Fact]
    public void Rows_zero_in_every_arm_are_left_out_unless_all_is_asked_for()
    {
        // Nobody under 18 is drawn, so the Under18 group is zero in both arms.
        var scenario = Write("small.yaml", Small);
        var terse = CliProcess.Run(Folder, "run", scenario, "--out", Path.Combine(Folder, "a"), "--format", "csv");
        var all = CliProcess.Run(Folder, "run", scenario, "--out", Path.Combine(Folder, "b"), "--format", "csv", "--all");
        Assert.True(terse.ExitCode == 0, terse.ToString());
        Assert.True(all.ExitCode == 0, all.ToString());
        Assert.DoesNotMatch(new Regex("^Under18 ", RegexOptions.Multiline), terse.Stdout);
        Assert.Matches(new Regex(@"^\(\d+ row\(s\) zero in every arm left out; --all shows them\)", RegexOptions.Multiline), terse.Stdout);
        Assert.Matches(new Regex("^Under18 ", RegexOptions.Multiline), all.Stdout);
        Assert.DoesNotContain("left out", all.Stdout);
    }

    [Fact]
    public void After_a_regrouping_the_tables_are_by_the_baseline_group_unless_asked_for_the_arms_own()
    {
        var scenario = Write("regroup.yaml", Small.Replace("reforms: [Reform2026]", "reforms: [Hovedlov2027]", StringComparison.Ordinal));
        var crosswalk = CliProcess.Run(Folder, "run", scenario, "--out", Path.Combine(Folder, "a"), "--format", "json");
        var own = CliProcess.Run(Folder, "run", scenario, "--out", Path.Combine(Folder, "b"), "--format", "json", "--group-by", "own");
        Assert.True(crosswalk.ExitCode == 0, crosswalk.ToString());
        Assert.True(own.ExitCode == 0, own.ToString());
        Assert.Contains("Groups are each person's group under Kontaktforloeb2024 (the baseline)", crosswalk.Stdout);
        // Every baseline group has a delta; none of the reform's own groups appears.
        Assert.Matches(new Regex(@"^AktivitetsparatKontant\s+[\d,]+\s+[\d,]+\s+-?[\d,]+\s+\[", RegexOptions.Multiline), crosswalk.Stdout);
        Assert.DoesNotMatch(new Regex("^Jobhjaelp ", RegexOptions.Multiline), crosswalk.Stdout);
        Assert.Equal("Kontaktforloeb2024", ResultsJson.Read(Path.Combine(Folder, "a", "results.json")).Scenario.GroupedBy);
        Assert.Matches(new Regex("^Jobhjaelp ", RegexOptions.Multiline), own.Stdout);
        Assert.Null(ResultsJson.Read(Path.Combine(Folder, "b", "results.json")).Scenario.GroupedBy);

        // By benefit, a fact every regime has: the benefits are the rows, each with a delta, in both arms.
        var benefit = CliProcess.Run(Folder, "run", scenario, "--out", Path.Combine(Folder, "c"), "--format", "json", "--group-by", "benefit");
        Assert.True(benefit.ExitCode == 0, benefit.ToString());
        Assert.Contains("Groups are the values of each person's fact 'benefit'", benefit.Stdout);
        Assert.Matches(new Regex(@"^Kontanthjaelp\s+[\d,]+\s+[\d,]+\s+-?[\d,]+\s+\[", RegexOptions.Multiline), benefit.Stdout);
        var byBenefit = ResultsJson.Read(Path.Combine(Folder, "c", "results.json"));
        Assert.Equal("benefit", byBenefit.Scenario.GroupedByFact);
        Assert.Null(byBenefit.Scenario.GroupedBy);
        Assert.Contains(byBenefit.Comparisons[0].Rows, r => r.Dimension == "group" && r.Key == "Sygedagpenge" && r.Metric == "persons" && r.Baseline!.Mean > 0);

        var bad = CliProcess.Run(Folder, "run", scenario, "--group-by", "region");
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("--group-by: 'region' is not an enum fact of the domain 'Beskaeftigelse'; group by 'baseline', 'own' or one of its enum facts: benefit, readiness, municipality", bad.Stderr + bad.Stdout);
        var notName = CliProcess.Run(Folder, "run", scenario, "--group-by", "1x");
        Assert.NotEqual(0, notName.ExitCode);
        Assert.Contains("--group-by: '1x' is not 'baseline', 'own' or the name of an enum fact", notName.Stderr + notName.Stdout);
    }

    [Fact]
    public void Run_is_reproducible_for_a_seed_and_writes_parquet_on_request()
    {
        var scenario = Write("small.yaml", Small);
        var first = CliProcess.Run(Folder, "run", scenario, "--out", Path.Combine(Folder, "a"), "--format", "parquet");
        var second = CliProcess.Run(Folder, "run", scenario, "--out", Path.Combine(Folder, "b"));
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.True(File.Exists(Path.Combine(Folder, "a", "results.parquet")));
        Assert.Equal(File.ReadAllText(Path.Combine(Folder, "a", "results.csv")), File.ReadAllText(Path.Combine(Folder, "b", "results.csv")));
    }

    [Fact]
    public void Run_gives_the_same_results_on_one_thread_and_on_two()
    {
        var scenario = Write("small.yaml", Small);
        var one = CliProcess.Run(Folder, "run", scenario, "--out", Path.Combine(Folder, "one"), "--threads", "1", "--format", "csv");
        var two = CliProcess.Run(Folder, "run", scenario, "--out", Path.Combine(Folder, "two"), "--threads", "2", "--format", "csv");
        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.True(two.ExitCode == 0, two.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(Folder, "one", "results.csv")), File.ReadAllText(Path.Combine(Folder, "two", "results.csv")));

        var none = CliProcess.Run(Folder, "run", scenario, "--threads", "0");
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("--threads: at least 1", none.Stderr);
    }

    [Fact]
    public void Report_rebuilds_the_html_from_results_json()
    {
        var run = CliProcess.Run(Folder, "run", Write("small.yaml", Small), "--replications", "2", "--population", "1500");
        Assert.True(run.ExitCode == 0, run.ToString());
        var report = Path.Combine(Folder, "again.html");
        var result = CliProcess.Run(Folder, "report", Path.Combine(Folder, "out", "results.json"), "-o", report);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(Folder, "out", "report.html")), File.ReadAllText(report));
    }

    [Fact]
    public void A_parameter_the_regimes_lack_is_an_error_at_its_line()
    {
        var path = Write("s.yaml", Small + "\nparameters:\n  - { name: NoSuchParameter, value: 1 }\n");
        var result = CliProcess.Run(Folder, "run", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}:13:5: parameters[0]: no parameter 'NoSuchParameter'", result.Stderr);
    }

    [Fact]
    public void Explain_says_whether_the_case_counts_in_the_municipality_supervision()
    {
        string Supervision(string municipality)
        {
            var result = CliProcess.Run(Folder, "explain", "--regime", "Velfaerdskommune2023", "--citizen", $"benefit=Kontanthjaelp readiness=Jobparat age=45 municipality={municipality}", "--weeks", "0..1");
            Assert.True(result.ExitCode == 0, result.ToString());
            return result.Stdout.Split('\n').Single(l => l.TrimStart().StartsWith("SkaerpetTilsyn", StringComparison.Ordinal));
        }
        Assert.Contains("not counted: except when municipality in {", Supervision("Greve"));
        Assert.Contains("counted: covered by offer in the last 52 weeks, once the case has 52 cumulative weeks", Supervision("Aarhus"));
        Assert.DoesNotContain("not counted", Supervision("Aarhus"));
        // Velfaerdskommune2023's rule is gated on the result and has the 100 hours' alternative.
        Assert.Contains("or by the alternative \"Mindst 100 timers ordinær beskæftigelse de seneste 12 måneder\"", Supervision("Aarhus"));
        Assert.Contains("; the municipality is examined on it only in a year its result measure is worse than expected", Supervision("Aarhus"));
    }

    [Fact]
    public void Explain_shows_the_group_the_events_and_the_citations()
    {
        var result = CliProcess.Run(Folder, "explain", "--regime", "Reform2026", "--citizen", "benefit=Dagpenge age=45 municipality=Aarhus", "--weeks", "0..26", "--date", "2027-01-04");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Group: Dagpenge", result.Stdout);
        Assert.Contains("Rules that fired:", result.Stdout);
        Assert.Matches(new Regex(@"^\s+due\s+\S+.*(§|assumed)", RegexOptions.Multiline), result.Stdout);
    }

    [Fact]
    public void Explain_rejects_a_fact_value_the_domain_lacks()
    {
        var result = CliProcess.Run(Folder, "explain", "--regime", "Reform2026", "--citizen", "benefit=Pension");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--citizen: 'Pension' is not a benefit; use one of Dagpenge,", result.Stderr);
    }
}
