using System.Text.RegularExpressions;

namespace Lovkode.Packaging.Tests;

/// <summary>
/// <c>dotnet tool install --tool-path</c> from the feed, then the tool as a user runs it in a
/// folder with no checkout: its version, a check of a bad file, a run of the built-in default
/// scenario, a reform from a .rules file served from the cache on the second run (Roslyn is
/// not even loaded), rebuilt when its entry is corrupted, and a reform of values alone that runs on
/// its base's compiled class with nothing compiled at all.
/// </summary>
[Collection(FeedCollection.Name)]
public sealed class ToolTests(LocalFeed feed)
{
    /// <summary>A requirement removed: code of its own, which Roslyn compiles.</summary>
    private const string Reform = """
        regime KortereFrist extends Reform2026 "Kortere frist (test)"
          effective 2027-01-01
          assumed "Test af værktøjspakken"

        override parameter JobsamtalerAntal
          = 2                                   cite "Test"

        remove requirement SygSamtale           § "Test"
        remove parameter SygSamtaleFrist        § "Test"
        """;

    /// <summary>Values alone: Reform2026's compiled class runs it.</summary>
    private const string ValuesOnly = """
        regime ToSamtaler extends Reform2026 "To samtaler (test)"
          effective 2027-01-01
          assumed "Test af værktøjspakken"

        override parameter JobsamtalerAntal
          = 2                                   cite "Test"
        """;

    private const string Scenario = """
        name: Packaged tool with a reform from a file
        regimes:
          baseline: Kontaktforloeb2024
          reforms: [KortereFrist.rules]
        population:
          size: 1000
        horizon:
          start: 2027-01-04
          weeks: 26
        replications: 1
        seed: 3
        effects: false
        outputs:
          folder: out
          formats: [csv]
        """;

    [Fact]
    public void The_installed_tool_runs_from_an_empty_folder_and_serves_a_rerun_from_its_cache()
    {
        var tools = Path.Combine(feed.Root, "tools");
        Dotnet.Succeed(feed.Root, feed.Environment(), "dotnet", "tool", "install", "--tool-path", tools, "lovkode", "--add-source", feed.Feed);
        var lovkode = Path.Combine(tools, OperatingSystem.IsWindows() ? "lovkode.exe" : "lovkode");

        var work = Directory.CreateDirectory(Path.Combine(feed.Root, "work")).FullName;
        var cache = Path.Combine(feed.Root, "cache");
        var environment = feed.Environment(("LOVKODE_CACHE_DIR", cache), ("LOVKODE_TRACE", "cache"));

        var version = Dotnet.Succeed(work, environment, lovkode, "--version");
        Assert.Matches(new Regex(@"^\d+\.\d+\.\d+[^+\s]*\+[0-9a-f]{40}\s*$"), version.Stdout);

        File.WriteAllText(Path.Combine(work, "Bad.rules"), "regime Bad extends Reform2026 \"Slet\"\n  effective 2027-01-01\n  assumed \"x\"\n\nremove requirement Findes_ikke § \"y\"\n");
        var check = Dotnet.Run(work, environment, lovkode, "check", "Bad.rules");
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Matches(new Regex(@"Bad\.rules:5:20: error LK0017: Cannot remove requirement 'Findes_ikke'"), check.Stdout);

        var run = Dotnet.Succeed(work, environment, lovkode, "run", "--population", "2000");
        Assert.True(File.Exists(Path.Combine(work, "results", "results.json")), run.ToString());

        File.WriteAllText(Path.Combine(work, "KortereFrist.rules"), Reform);
        File.WriteAllText(Path.Combine(work, "scenario.yaml"), Scenario);
        var results = Path.Combine(work, "out", "results.csv");

        var cold = Dotnet.Succeed(work, environment, lovkode, "run", "scenario.yaml");
        Assert.Contains("lovkode cache: compiled with Roslyn", cold.Stderr);
        var first = File.ReadAllText(results);

        var warm = Dotnet.Succeed(work, environment, lovkode, "run", "scenario.yaml");
        Assert.Contains("lovkode cache: hit", warm.Stderr);
        Assert.DoesNotContain("compiled with Roslyn", warm.Stderr);
        Assert.Contains("Roslyn loaded in this process: no", warm.Stderr);
        Assert.Equal(first, File.ReadAllText(results));

        var entry = Assert.Single(Directory.GetFiles(cache, "*.lkrules"));
        var bytes = File.ReadAllBytes(entry);
        bytes[^64] ^= 0x20;
        File.WriteAllBytes(entry, bytes);
        var rebuilt = Dotnet.Succeed(work, environment, lovkode, "run", "scenario.yaml");
        Assert.Contains("rejected", rebuilt.Stderr);
        Assert.Contains("compiled with Roslyn", rebuilt.Stderr);
        Assert.Equal(first, File.ReadAllText(results));

        File.WriteAllText(Path.Combine(work, "ToSamtaler.rules"), ValuesOnly);
        File.WriteAllText(Path.Combine(work, "values.yaml"), Scenario.Replace("KortereFrist.rules", "ToSamtaler.rules", StringComparison.Ordinal));
        var values = Dotnet.Succeed(work, environment, lovkode, "run", "values.yaml");
        Assert.Contains("ToSamtaler: the compiled evaluator of Reform2026 with its own metadata and values; nothing to compile", values.Stderr);
        Assert.Contains("Roslyn loaded in this process: no", values.Stderr);
        Assert.Single(Directory.GetFiles(cache, "*.lkrules"));

        var clear = Dotnet.Succeed(work, environment, lovkode, "cache", "clear");
        Assert.Contains("removed 1 compiled .rules entry", clear.Stdout);
        Assert.Empty(Directory.GetFiles(cache, "*.lkrules"));
        Assert.False(File.Exists(Path.Combine(work, ".git")));
    }
}
