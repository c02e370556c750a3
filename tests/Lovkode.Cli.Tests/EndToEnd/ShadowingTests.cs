using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Tests.Support;

namespace Lovkode.Cli.Tests.EndToEnd;

/// <summary>
/// Issue 21, defects 1 and 2, as a user meets them: a file that takes a built-in name is never
/// silent, a cycle through the built-in law is an LK0016, and a built-in reform whose changes no
/// longer apply to a replaced base stops every command.
/// </summary>
public sealed class ShadowingTests : TempFolderTest
{
    private static void AssertOneErrorLine(CliResult result, string expected)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        var line = Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.Contains(expected, line);
    }

    [Fact]
    public void Check_reports_a_cycle_through_the_built_in_law_and_the_shadowing()
    {
        var path = Write("cyc.rules", "regime Lab2019 extends Reform2026 \"Cycle\"\n  effective 2027-01-01\n  § \"test\"\n");
        var result = CliProcess.Run(Folder, "check", path);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"{path}:1:8: error LK0130: The regime Lab2019 has the name of a built-in regime", result.Stdout);
        Assert.Contains($"{path}:1:24: error LK0016: Regime Lab2019 extends itself: Lab2019 → Reform2026 → Sygedagpenge2025 → Kontaktforloeb2024 → Forenkling2022 → Lab2019", result.Stdout);
        Assert.Contains("regimes: Lab2019 (does not compile)", result.Stdout);
        Assert.DoesNotContain("regimes: none", result.Stdout);

        // The commands that used to say Reform2026 was unknown, listing no regime at all.
        var diff = CliProcess.Run(Folder, "diff", "Reform2026", "Lab2019", "--rules", path);
        AssertOneErrorLine(diff, $"{path}:1:8: error LK0130:");
        var explain = CliProcess.Run(Folder, "explain", path, "--regime", "Reform2026", "--citizen", "age=40", "--replace-builtin", "Lab2019");
        AssertOneErrorLine(explain, $"{path}:1:24: error LK0016:");
    }

    [Fact]
    public void Diff_of_a_built_in_reform_against_a_replaced_base_is_an_error_never_no_differences()
    {
        var path = Write("mylab.rules", TestDomains.OneGroupLab2019);

        var unasked = CliProcess.Run(Folder, "diff", path, "Forenkling2022");
        AssertOneErrorLine(unasked, $"{path}:1:8: error LK0130:");
        Assert.DoesNotContain("no rule-level differences", unasked.Stdout);

        var asked = CliProcess.Run(Folder, "diff", path, "Forenkling2022", "--replace-builtin", "Lab2019");
        AssertOneErrorLine(asked, $"{path}:1:8: error LK0132: Built-in regime Forenkling2022 builds on your regime Lab2019 and no longer compiles on it: LK0017 Cannot remove requirement 'MinPlanStatus': base regime Lab2019 has no such requirement");
        Assert.DoesNotContain("no rule-level differences", asked.Stdout);
        Assert.Contains("(and 6 more; run lovkode check)", asked.Stderr);
    }

    [Fact]
    public void Every_command_stops_at_a_built_in_reform_that_no_longer_applies()
    {
        var path = Write("mylab.rules", TestDomains.OneGroupLab2019);
        const string expected = "error LK0132: Built-in regime Forenkling2022 builds on your regime Lab2019";
        AssertOneErrorLine(CliProcess.Run(Folder, "explain", path, "--regime", "Lab2019", "--citizen", "age=40", "--replace-builtin", "Lab2019"), expected);
        AssertOneErrorLine(CliProcess.Run(Folder, "lint", path, "--replace-builtin", "Lab2019"), expected);
        var check = CliProcess.Run(Folder, "check", path, "--replace-builtin", "Lab2019");
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains($"{path}:1:8: info LK0131: The regime Lab2019 replaces the built-in regime Lab2019, as asked", check.Stdout);
        Assert.Contains(expected, check.Stdout);

        var scenario = Write("s.yaml", """
            name: s
            rules: { paths: [mylab.rules], replaceBuiltin: [Lab2019] }
            regimes:
              baseline: Lab2019
              reforms: [Forenkling2022]
            population: { size: 100 }
            replications: 2
            outputs: { folder: out }
            """);
        AssertOneErrorLine(CliProcess.Run(Folder, "run", scenario), expected);
        Assert.False(Directory.Exists(Path.Combine(Folder, "out")) && Directory.EnumerateFiles(Path.Combine(Folder, "out")).Any());
    }

    [Fact]
    public void A_replacement_asked_for_is_printed_and_used_by_the_built_in_regimes_on_it()
    {
        var lab = RulesLibrary.FindRegime("Lab2019")!.Source.Text;
        var path = Write("Lab2019.rules", lab.Replace("= 4                                                  § \"LBI § 31, stk. 1\"", "= 5                                                  § \"LBI § 31, stk. 1\"", StringComparison.Ordinal));
        Assert.NotEqual(lab, File.ReadAllText(path));

        var diff = CliProcess.Run(Folder, "diff", "Lab2019", "Forenkling2022", "--rules", path, "--replace-builtin", "Lab2019");
        Assert.True(diff.ExitCode == 0, diff.ToString());
        Assert.StartsWith("note: built-in law replaced by your files, as asked: Lab2019; built-in regimes rebuilt on them: Ekspertgruppe2024, Forenkling2022, Hovedlov2027, Kontaktforloeb2024, Reform2026, Sygedagpenge2025, Velfaerdskommune2023\n", diff.Stdout);
        Assert.Contains("Forenkling2022 against Lab2019 (extends Lab2019)", diff.Stdout);

        var scenario = Write("s.yaml", """
            name: s
            rules: { paths: [Lab2019.rules], replaceBuiltin: Lab2019 }
            regimes:
              baseline: Lab2019
              reforms: [Forenkling2022]
            population: { size: 500 }
            horizon: { start: 2023-01-02, weeks: 4 }
            replications: 2
            outputs: { folder: out, formats: [json] }
            """);
        var run = CliProcess.Run(Folder, "run", scenario);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("note: built-in law replaced by your files, as asked: Lab2019; built-in regimes rebuilt on them:", run.Stdout);
        var json = File.ReadAllText(Path.Combine(Folder, "out", "results.json"));
        Assert.Contains("built in, rebuilt on Lab2019.rules", json);
        Assert.Contains("Lab2019.rules, replacing the built-in Lab2019", json);
    }

    [Fact]
    public void Replace_builtin_of_a_name_that_is_not_built_in_is_bad_input()
    {
        var (domain, _, _) = TestDomains.WriteJobseeker(Folder);
        AssertOneErrorLine(CliProcess.Run(Folder, "check", domain, "--replace-builtin", "Nope"), "--replace-builtin: Nope is not a built-in regime, domain or model; they are Beskaeftigelse, Danmark2023, Ekspertgruppe2024");
        AssertOneErrorLine(CliProcess.Run(Folder, "check", domain, "--replace-builtin", "Lab2019"), "--replace-builtin: none of your files declares Lab2019");
    }
}
