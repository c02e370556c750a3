using Lovkode.Cli.Tests.Support;

namespace Lovkode.Cli.Tests.EndToEnd;

/// <summary>Bad input anywhere: one error line that names the place, exit code 2, and no files written.</summary>
public sealed class BadInputTests : TempFolderTest
{
    private const string Valid = """
        name: Small
        regimes:
          baseline: Kontaktforloeb2024
          reforms: [Reform2026]
        population:
          size: 2000
        horizon: { start: 2027-01-04, weeks: 8 }
        replications: 2
        seed: 5
        outputs:
          folder: out
        """;

    private static void AssertOneErrorLine(CliResult result, string expected)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        var lines = result.Stderr.TrimEnd().Split('\n');
        Assert.True(lines.Length == 1, result.ToString());
        Assert.StartsWith("error: ", lines[0]);
        Assert.Contains(expected, lines[0]);
    }

    [Fact]
    public void Malformed_yaml()
    {
        var path = Write("bad.yaml", "name: x\nregimes: [unclosed\n");
        var result = CliProcess.Run(Folder, "run", path);
        AssertOneErrorLine(result, $"{path}:");
        Assert.Contains("malformed YAML", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(Folder, "out")));
    }

    [Fact]
    public void Unknown_key_with_its_path_and_line()
    {
        var path = Write("typo.yaml", Valid.Replace("seed: 5", "seeed: 5", StringComparison.Ordinal));
        var result = CliProcess.Run(Folder, "run", path);
        AssertOneErrorLine(result, $"{path}:9:1: seeed: unknown key 'seeed' (did you mean 'seed'?)");
    }

    [Fact]
    public void Missing_scenario_file()
    {
        var result = CliProcess.Run(Folder, "run", Path.Combine(Folder, "nope.yaml"));
        AssertOneErrorLine(result, "nope.yaml: cannot read the scenario");
    }

    [Fact]
    public void Unwritable_output_folder_fails_before_simulating()
    {
        if (OperatingSystem.IsWindows()) return; // the test takes write permission away, POSIX style
        var locked = Path.Combine(Folder, "locked");
        Directory.CreateDirectory(locked);
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        if (CanWrite(locked)) return; // running as root: permissions do not bind, nothing to test
        var path = Write("s.yaml", Valid);
        var result = CliProcess.Run(Folder, "run", path, "--out", Path.Combine(locked, "results"));
        AssertOneErrorLine(result, "the output folder is not writable");
        Assert.Empty(Directory.GetFileSystemEntries(locked));
    }

    [Fact]
    public void An_output_path_that_is_a_file()
    {
        var file = Write("occupied", "x");
        var result = CliProcess.Run(Folder, "run", Write("s.yaml", Valid), "--out", file);
        AssertOneErrorLine(result, "the output folder is not writable");
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void Unknown_format_option()
    {
        var result = CliProcess.Run(Folder, "run", Write("s.yaml", Valid), "--format", "pdf");
        AssertOneErrorLine(result, "--format: unknown format 'pdf'");
    }

    [Fact]
    public void A_rules_file_that_does_not_exist_is_named_with_its_scenario_line()
    {
        var path = Write("s.yaml", Valid.Replace("baseline: Kontaktforloeb2024", "baseline: missing/Mine.rules", StringComparison.Ordinal));
        var result = CliProcess.Run(Folder, "run", path);
        AssertOneErrorLine(result, $"{path}:3:13: regimes.baseline: no such .rules file");
        Assert.False(Directory.Exists(Path.Combine(Folder, "out")) && Directory.GetFiles(Path.Combine(Folder, "out")).Length > 0);
    }

    [Fact]
    public void Unknown_regime_lists_the_known_ones()
    {
        var path = Write("s.yaml", Valid.Replace("reforms: [Reform2026]", "reforms: [Reform2099]", StringComparison.Ordinal));
        var result = CliProcess.Run(Folder, "run", path);
        AssertOneErrorLine(result, $"{path}:4:13: regimes.reforms[0]: unknown regime 'Reform2099'; the compiled-in regimes are ");
        Assert.Contains("Reform2026", result.Stderr);
        Assert.Empty(Directory.Exists(Path.Combine(Folder, "out")) ? Directory.GetFiles(Path.Combine(Folder, "out")) : []);
    }

    [Fact]
    public void Report_from_a_file_that_is_not_results()
    {
        var input = Write("x.json", "{\"hello\": 1}");
        var output = Path.Combine(Folder, "r.html");
        var result = CliProcess.Run(Folder, "report", input, "-o", output);
        AssertOneErrorLine(result, $"{input}: not a results file");
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Check_of_a_file_that_is_not_rules()
    {
        var result = CliProcess.Run(Folder, "check", Write("notes.txt", "hi"));
        AssertOneErrorLine(result, "notes.txt: expected a .rules or .yaml file");
    }

    [Fact]
    public void Explain_with_a_bad_week_range()
    {
        var result = CliProcess.Run(Folder, "explain", "--regime", "Reform2026", "--citizen", "age=40", "--weeks", "26..3");
        AssertOneErrorLine(result, "--weeks: expected A..B");
    }

    [Fact]
    public void Explain_with_a_missing_rules_file()
    {
        var result = CliProcess.Run(Folder, "explain", "--regime", "gone.rules", "--citizen", "age=40");
        AssertOneErrorLine(result, "--regime: no such .rules file");
    }

    [Fact]
    public void Explain_without_a_regime_or_files_lists_the_compiled_in_ones()
    {
        var result = CliProcess.Run(Folder, "explain", "--citizen", "age=40");
        AssertOneErrorLine(result, "--regime: name a regime; the compiled-in regimes are Ekspertgruppe2024, ");
    }

    private static bool CanWrite(string folder)
    {
        try
        {
            File.WriteAllText(Path.Combine(folder, ".probe"), "");
            File.Delete(Path.Combine(folder, ".probe"));
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
