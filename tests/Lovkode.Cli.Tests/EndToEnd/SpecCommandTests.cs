using System.Text.RegularExpressions;
using Lovkode.Cli.Tests.Support;

namespace Lovkode.Cli.Tests.EndToEnd;

/// <summary><c>check</c>, <c>diff</c> and run-time compiled rules, as processes.</summary>
public sealed class SpecCommandTests : TempFolderTest
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "scenarios", "examples");

    [Fact]
    public void Check_validates_scenarios()
    {
        var good = Path.Combine(AppContext.BaseDirectory, "scenarios", "default.yaml");
        var bad = Write("bad.yaml", "name: x\npopulation: { size: -1 }\n");
        var result = CliProcess.Run(Folder, "check", good, bad);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{good}: scenario ok", result.Stdout);
        Assert.Contains($"{bad}:2:21: error: population.size: -1 is out of range", result.Stdout);
    }

    [Fact]
    public void Check_finds_a_grouping_fact_the_domain_lacks_at_its_key()
    {
        var bad = Write("group.yaml", "name: x\nregimes: { baseline: Sygedagpenge2025, reforms: [Hovedlov2027] }\npopulation: { size: 100 }\ngroupBy: benefits\n");
        var check = CliProcess.Run(Folder, "check", bad);
        Assert.Equal(1, check.ExitCode);
        Assert.Equal(
            $"{bad}:4:10: error: groupBy: 'benefits' is not an enum fact of the domain 'Beskaeftigelse' (did you mean 'benefit'?); group by 'baseline', 'own' or one of its enum facts: benefit, readiness, municipality",
            check.Stdout.Trim());
    }

    [Fact]
    public void Check_lists_every_problem_of_a_scenario_each_located_and_run_says_how_many_more()
    {
        var bad = Write("many.yaml", "name: x\nregimes: { baseline: Lab2019, reforms: [Reform2026] }\npopulation: { size: lots }\nseeed: 3\neffects: maybe\n");
        var check = CliProcess.Run(Folder, "check", bad);
        Assert.Equal(1, check.ExitCode);
        Assert.Equal(
        [
            $"{bad}:3:21: error: population.size: expected a whole number, got 'lots'",
            $"{bad}:4:1: error: seeed: unknown key 'seeed' (did you mean 'seed'?); allowed here: name, description, model, regimes, rules, population, horizon, replications, seed, parameters, effects, practice, uncertainty, provisions, groupBy, outputs",
            $"{bad}:5:10: error: effects: expected true or false, got 'maybe'",
            $"{bad}: 3 problem(s)",
        ], check.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var run = CliProcess.Run(Folder, "run", bad);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {bad}:3:21: population.size: expected a whole number, got 'lots' (and 2 more; run lovkode check)", run.Stderr.Trim());
    }

    [Fact]
    public void Check_passes_the_example_reform()
    {
        var result = CliProcess.Run(Folder, "check", Path.Combine(Examples, "FaerreSamtaler.rules"));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("0 error(s)", result.Stdout);
        Assert.Contains("regimes: FaerreSamtaler", result.Stdout);
    }

    [Fact]
    public void Check_reports_errors_as_file_line_col_with_a_hint_and_exits_1()
    {
        var path = Write("Broken.rules", """
            regime Broken extends Reform2026 "Broken"
              effective 2027-01-01
              § "test"

            remove requirement NoSuchRequirement § "test"

            override parameter NoSuchParameter
              = 3 § "test"
            """);
        var result = CliProcess.Run(Folder, "check", path);
        Assert.True(result.ExitCode == 1, result.ToString());
        var errors = Regex.Matches(result.Stdout, $@"^{Regex.Escape(path)}:(\d+):(\d+): error LK\d{{4}}: .+$", RegexOptions.Multiline);
        Assert.True(errors.Count >= 2, result.ToString());
        Assert.Equal("5", errors[0].Groups[1].Value);
        Assert.Matches(new Regex(@"^  hint: \S", RegexOptions.Multiline), result.Stdout);
    }

    [Fact]
    public void Diff_lists_changes_with_citations_and_counts()
    {
        var result = CliProcess.Run(Folder, "diff", "Reform2026", "Hovedlov2027", "--date", "2030-01-01");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Hovedlov2027 against Reform2026 (extends Reform2026)", result.Stdout);
        Assert.Contains("regrouped:", result.Stdout);
        Assert.Matches(new Regex(@"^  group\s+Jobsoegende \(from JobparatKontant, Uddannelsesparat, Fleksjob\)\s+§", RegexOptions.Multiline), result.Stdout);
        // The counts are those of docs/law.md's table (which the law's own tests keep true).
        foreach (var regime in new[] { "Reform2026", "Hovedlov2027" })
        {
            var (groups, rules, variants) = LawDocCounts(regime);
            Assert.Matches(new Regex($@"^  {regime}\s+{groups}\s+{rules}\s+{variants}\s", RegexOptions.Multiline), result.Stdout);
        }
    }

    [Fact]
    public void Diff_of_a_regime_with_itself_is_empty()
    {
        var result = CliProcess.Run(Folder, "diff", "Lab2019", "Lab2019");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("no rule-level differences", result.Stdout);
    }

    [Fact]
    public void Diff_of_an_unknown_regime_is_bad_input()
    {
        var result = CliProcess.Run(Folder, "diff", "Lab2019", "Nope2030");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown regime 'Nope2030'", result.Stderr);
    }

    [Fact]
    public void A_reform_in_a_rules_file_runs_without_a_rebuild()
    {
        // Both arms from .rules files: a reform that changes nothing (so, Hovedlov2027) and the example.
        Write("Basis.rules", "regime Basis extends Hovedlov2027 \"Hovedlov2027 as it is\"\n  effective 2027-01-01\n  assumed \"test\"\n");
        var example = File.ReadAllText(Path.Combine(Examples, "faerre-samtaler.yaml"))
            .Replace("baseline: Hovedlov2027", "baseline: Basis.rules", StringComparison.Ordinal)
            .Replace("reforms: [FaerreSamtaler.rules]", $"reforms: [{Path.Combine(Examples, "FaerreSamtaler.rules")}]", StringComparison.Ordinal);
        var scenario = Write("faerre.yaml", example);
        var result = CliProcess.Run(Folder, "run", scenario, "--population", "2000", "--replications", "2", "--out", Path.Combine(Folder, "out"));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Interviews (meeting events), required and practice (count) — FaerreSamtaler vs Basis", result.Stdout);
        Assert.True(File.Exists(Path.Combine(Folder, "out", "results.parquet")));
    }

    [Fact]
    public void A_broken_rules_file_in_a_scenario_is_one_error_line()
    {
        var rules = Write("Broken.rules", "regime Broken extends Reform2026 \"x\"\n  effective 2027-01-01\n§ \"t\"\n\nremove requirement Nothing § \"t\"\n");
        var scenario = Write("s.yaml", "name: s\nregimes:\n  baseline: Broken.rules\n  reforms: [Reform2026]\npopulation: { size: 100 }\nreplications: 2\noutputs: { folder: out }\n");
        var result = CliProcess.Run(Folder, "run", scenario);
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(new Regex($@"^error: {Regex.Escape(rules)}:5:\d+: error LK\d{{4}}: ", RegexOptions.Multiline), result.Stderr);
        Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.False(Directory.Exists(Path.Combine(Folder, "out")) && Directory.GetFiles(Path.Combine(Folder, "out")).Length > 0);
    }

    [Fact]
    public void Lint_lists_candidates_with_savings_for_the_law()
    {
        var result = CliProcess.Run(Folder, "lint", "--regime", "Lab2019");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Lab2019: ", result.Stdout);
        Assert.Matches(new Regex(@"^  rules/Lab2019\.rules:\d+:\d+: parameter CvFrist — its value: ", RegexOptions.Multiline), result.Stdout);
        Assert.Matches(new Regex(@"^    saves: \d+ variant\(s\); per case over \d+ weeks: ", RegexOptions.Multiline), result.Stdout);
        Assert.Matches(new Regex(@"^\d+ candidate\(s\) in 1 regime\(s\); harmonising all would remove \d+ variant\(s\)$", RegexOptions.Multiline), result.Stdout);
    }

    [Fact]
    public void Lint_of_a_users_file_covers_only_its_regimes()
    {
        var result = CliProcess.Run(Folder, "lint", Path.Combine(Examples, "FaerreSamtaler.rules"));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("FaerreSamtaler: ", result.Stdout);
        Assert.Contains("in 1 regime(s)", result.Stdout);
    }

    [Fact]
    public void Lint_of_an_unknown_regime_is_bad_input()
    {
        var result = CliProcess.Run(Folder, "lint", "--regime", "Nope");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--regime: no regime 'Nope'", result.Stderr);
    }

    /// <summary>Groups, rules and variants of a regime in docs/law.md's "Counts" table.</summary>
    private static (int Groups, int Rules, int Variants) LawDocCounts(string regime)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "docs", "law.md"))) folder = folder.Parent;
        Assert.NotNull(folder);
        var row = File.ReadLines(Path.Combine(folder.FullName, "docs", "law.md"))
            .First(l => l.StartsWith($"| {regime} ", StringComparison.Ordinal) && l.Contains("outside", StringComparison.Ordinal));
        var cells = row.Split('|', StringSplitOptions.TrimEntries);
        // | Regime | Groups | Requirements | Supervision | Quotas | Rules | Group-specific variants | …
        return (int.Parse(cells[2].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(cells[6], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(cells[7], System.Globalization.CultureInfo.InvariantCulture));
    }
}
