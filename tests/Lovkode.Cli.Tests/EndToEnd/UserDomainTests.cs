using System.Text.RegularExpressions;
using Lovkode.Cli.Tests.Support;
using Lovkode.Tests.Shared;

namespace Lovkode.Cli.Tests.EndToEnd;

/// <summary>
/// A user's own domain through every command, as processes: the jobseeker test law (facts of
/// its own, a base and a reform, in a temporary folder) and a copy of the Danish domain under
/// another name, given as folders, as several files, and through a scenario's <c>rules:</c>.
/// </summary>
public sealed class UserDomainTests : TempFolderTest
{
    private string Law => Path.Combine(Folder, "law");

    [Fact]
    public void Check_reads_a_folder_and_lists_its_regimes_and_domains()
    {
        TestDomains.WriteJobseeker(Law);
        var result = CliProcess.Run(Folder, "check", "law");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.EndsWith("3 file(s): 0 error(s), 0 warning(s); regimes: Jsa2013, WeeklySigning; domains: Jobseeker\n", result.Stdout);
        // The one finding is the lint's, in the user's file, named as the user named the folder.
        Assert.StartsWith($"law{Path.DirectorySeparatorChar}Jsa2013.rules:22:1: info LK0041:", result.Stdout);
    }

    [Fact]
    public void Lint_of_a_folder_covers_its_regimes()
    {
        TestDomains.WriteJobseeker(Law);
        var result = CliProcess.Run(Folder, "lint", "law");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("Jsa2013: 1 candidate(s)", result.Stdout);
        Assert.Contains("parameter SigningInterval — its value: Searching 2; Carers 4", result.Stdout);
        Assert.Contains("1 candidate(s) in 2 regime(s)", result.Stdout);
    }

    [Fact]
    public void Explain_a_regime_of_another_domain_with_its_domain_beside_it()
    {
        // Today's "Unknown domain": only the reform is named; its base and domain sit beside it.
        var (_, _, reform) = TestDomains.WriteJobseeker(Law);
        var result = CliProcess.Run(Folder, "explain", reform, "--citizen", "claim=Jsa hoursWorked=5", "--weeks", "0..3");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("WeeklySigning — Weekly signing for every jobseeker", result.Stdout);
        Assert.Contains("Group: Searching \"Jobseekers without caring duties\"", result.Stdout);
        Assert.Contains("Signing                        3× (weeks 0, 1, 2)", result.Stdout);
    }

    [Fact]
    public void Explain_with_a_folder_and_a_regime_name()
    {
        TestDomains.WriteJobseeker(Law);
        var result = CliProcess.Run(Folder, "explain", "law", "--regime", "Jsa2013", "--citizen", "claim=Jsa carer=true", "--weeks", "0..9");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Group: Carers", result.Stdout);
        // Carers sign every 4 weeks in the base, and make their commitment in week 1.
        Assert.Contains("Signing                        3× (weeks 0, 4, 8)", result.Stdout);
        Assert.Contains("Commitment                     1× (weeks 1)", result.Stdout);

        var several = CliProcess.Run(Folder, "explain", "law", "--citizen", "claim=Jsa");
        Assert.Equal(2, several.ExitCode);
        Assert.Contains("--regime: your files declare several regimes (Jsa2013, WeeklySigning); name one", several.Stderr);
    }

    [Fact]
    public void Diff_of_two_regimes_of_a_users_domain_by_name_and_by_file()
    {
        var (domain, @base, reform) = TestDomains.WriteJobseeker(Law);
        foreach (var args in new[] { new[] { "diff", "Jsa2013", "WeeklySigning", "--rules", "law" }, ["diff", @base, reform], ["diff", "Jsa2013", reform, "--rules", domain, @base] })
        {
            var result = CliProcess.Run(Folder, args);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.StartsWith("WeeklySigning against Jsa2013 (extends Jsa2013)", result.Stdout);
            Assert.Matches(new Regex(@"^  requirement\s+Commitment\s+assumed ""Test reform: no commitment""", RegexOptions.Multiline), result.Stdout);
            Assert.Matches(new Regex(@"^  parameter\s+SigningInterval\s+assumed", RegexOptions.Multiline), result.Stdout);
            Assert.Matches(new Regex(@"^  WeeklySigning\s+3\s+1\s+2\s+2$", RegexOptions.Multiline), result.Stdout);
        }
    }

    private string JobseekerScenario() => Write("jobseeker.yaml", """
        name: Jobseeker
        rules: law
        regimes:
          baseline: Jsa2013
          reforms: [law/WeeklySigning.rules]
        population: { size: 500 }
        horizon: { start: 2026-01-05, weeks: 8 }
        replications: 2
        seed: 4
        outputs: { folder: out, formats: [json] }
        """);

    [Fact]
    public void Run_of_a_domain_without_a_population_model_is_one_error_at_the_arm()
    {
        // The law alone does not say who is on it: a run needs a model of the domain's population.
        TestDomains.WriteJobseeker(Law);
        var scenario = JobseekerScenario();
        var result = CliProcess.Run(Folder, "run", scenario);
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.StartsWith($"error: {scenario}:4:13: regimes.baseline: no population model is of the baseline's domain 'Jobseeker'; the models of the scenario's rules and the built-in law are Danmark2023.", line);
        Assert.False(Directory.Exists(Path.Combine(Folder, "out")) && Directory.EnumerateFiles(Path.Combine(Folder, "out")).Any());
    }

    [Fact]
    public void A_users_model_beside_the_law_is_checked_explained_and_run_end_to_end()
    {
        TestDomains.WriteJobseeker(Law);
        TestDomains.WriteJobseekerModel(Law);
        var check = CliProcess.Run(Folder, "check", "law");
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.EndsWith("4 file(s): 0 error(s), 0 warning(s); regimes: Jsa2013, WeeklySigning; domains: Jobseeker; models: Claimants\n", check.Stdout);

        var explain = CliProcess.Run(Folder, "explain", "law", "--model", "Claimants");
        Assert.True(explain.ExitCode == 0, explain.ToString());
        Assert.StartsWith("Claimants — Claimants of Jobseeker's Allowance and Employment and Support Allowance", explain.Stdout);
        Assert.Contains("Domain Jobseeker; Claimants.rules; Test world;", explain.Stdout);
        Assert.Matches(new Regex(@"^Reassessment\.share\.1\s+share\s+0\.3\s+0\.2\.\.0\.4 triangular\s+assumed\s+low", RegexOptions.Multiline), explain.Stdout);

        var run = CliProcess.Run(Folder, "run", JobseekerScenario());
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Interviews (meeting events), required and practice (count) — WeeklySigning vs Jsa2013", run.Stdout);
        var json = File.ReadAllText(Path.Combine(Folder, "out", "results.json"));
        Assert.Contains("\"name\": \"Claimants\"", json);
        Assert.Contains("\"origin\": \"Claimants.rules\"", json);
    }

    [Fact]
    public void Run_and_report_of_a_users_own_domain_from_a_scenarios_rules()
    {
        TestDomains.WriteDanishCopy(Law);
        var scenario = Write("arbejde.yaml", """
            name: Arbejde
            rules: [law]
            regimes:
              baseline: ArbejdeBase
              reforms: [law/ArbejdeReform.rules]
            population: { size: 1000 }
            horizon: { start: 2026-01-05, weeks: 8 }
            replications: 2
            seed: 3
            outputs: { folder: out, formats: [json] }
            """);
        var run = CliProcess.Run(Folder, "run", scenario);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Interviews (meeting events), required and practice (count) — ArbejdeReform vs ArbejdeBase", run.Stdout);
        var json = File.ReadAllText(Path.Combine(Folder, "out", "results.json"));
        Assert.Contains("ArbejdeBase.rules", json);

        var report = CliProcess.Run(Folder, "report", "out", "-o", "arbejde.html");
        Assert.True(report.ExitCode == 0, report.ToString());
        var html = File.ReadAllText(Path.Combine(Folder, "arbejde.html"));
        Assert.Contains("ArbejdeReform", html);
        Assert.Contains("Færre samtaler", html);
    }

    [Fact]
    public void Report_of_several_runs_writes_one_beside_each()
    {
        foreach (var run in new[] { "a", "b" })
        {
            Directory.CreateDirectory(Path.Combine(Folder, run));
            Lovkode.Reports.Writers.ResultsJson.Write(SampleResults.Create(), Path.Combine(Folder, run, "results.json"));
        }
        var result = CliProcess.Run(Folder, "report", Path.Combine(Folder, "a"), Path.Combine(Folder, "b", "results.json"));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(Folder, "a", "report.html")));
        Assert.True(File.Exists(Path.Combine(Folder, "b", "report.html")));

        var both = CliProcess.Run(Folder, "report", Path.Combine(Folder, "a"), Path.Combine(Folder, "b"), "-o", "x.html");
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("--output: give one results file with -o", both.Stderr);
    }
}
