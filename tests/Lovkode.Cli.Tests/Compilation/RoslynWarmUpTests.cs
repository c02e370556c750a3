using Lovkode.Cli.Compilation;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Tests.Support;

namespace Lovkode.Cli.Tests.Compilation;

/// <summary>
/// The warm-up of Roslyn beside the front end (docs/cli.md, "The cache of compiled rules"): it starts
/// for a run whose rules have code of their own, not for a reform of values nor for a rerun the cache
/// serves; what it compiles is real generated code that passes the verifier; it stops when asked;
/// and a run gives the same results with it and without it.
/// </summary>
public sealed class RoslynWarmUpTests : TempFolderTest
{
    private const string WithCode = """
        regime UdenSygSamtale extends Hovedlov2027 "Uden opfølgningssamtale (test)"
          effective 2027-01-01
          assumed "Test"

        override parameter JobsamtalerAntal
          = 2                                                  assumed "Test"

        remove requirement SygSamtale                          assumed "Test"
        remove parameter SygSamtaleFrist                       assumed "Test"
        """;

    private const string ValuesOnly = """
        regime ToSamtaler extends Hovedlov2027 "To samtaler (test)"
          effective 2027-01-01
          assumed "Test"

        override parameter JobsamtalerAntal
          = 2                                                  assumed "Test"
        """;

    private const string Scenario = """
        name: Warm-up
        regimes:
          baseline: Kontaktforloeb2024
          reforms: [REFORM]
        population:
          size: 500
        horizon: { start: 2027-01-04, weeks: 13 }
        replications: 1
        seed: 3
        effects: false
        outputs:
          folder: out
          formats: [json]
        """;

    /// <summary>The results without the run's duration, the one thing that differs between two runs.</summary>
    private static string Results(string path) =>
        System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(path), "\"seconds\": [-+.0-9Ee]+", "");

    [Theory]
    [InlineData(ValuesOnly, true)]
    [InlineData(WithCode, false)]
    [InlineData("regime Neu \"Ny\"\n  domain Beskaeftigelse\n  effective 2027-01-01\n", false)]
    [InlineData("domain Mine \"Mit domæne\"\n", false)]
    public void Only_a_reform_of_parameter_overrides_counts_as_values(string text, bool values) =>
        Assert.Equal(values, RulesFile.From("x.rules", text).OnlyOverridesValues);

    [Fact]
    public void What_the_warm_up_compiles_is_the_emitters_code_of_a_domain_then_a_built_in_regime_and_it_passes_the_verifier()
    {
        var steps = RoslynWarmUp.Steps().ToList();
        Assert.Equal(2, steps.Count);
        Assert.Single(steps[0]);
        Assert.Equal(2, steps[1].Count);
        Assert.Equal(steps[0][0], steps[1][0]);
        Assert.Contains("global::Lovkode.Runtime.IRegime", steps[1][1].Code);
        foreach (var sources in steps)
        {
            var image = RuntimeCompiler.Compile("warmup", sources, "Lovkode.Generated.WarmUp");
            Assert.True(image.Length > 4_000);
        }
    }

    [Fact]
    public void A_cancelled_compile_stops()
    {
        var sources = RoslynWarmUp.Steps().Last();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => RuntimeCompiler.Compile("warmup", sources, "Lovkode.Generated.WarmUp", cancel.Token));
    }

    [Fact]
    public void The_cache_notes_rules_it_compiled_and_clear_removes_the_notes()
    {
        var cache = new RulesCache(Path.Combine(Folder, "cache"));
        var key = RoslynWarmUp.InputKey(UserRules.FromSources([new Lovkode.Spec.Text.SpecSource("a.rules", WithCode)]));
        var other = RoslynWarmUp.InputKey(UserRules.FromSources([new Lovkode.Spec.Text.SpecSource("a.rules", WithCode + "\n")]));
        Assert.False(cache.HasCompiled(key));
        cache.NoteCompiled(key);
        Assert.True(cache.HasCompiled(key));
        Assert.False(cache.HasCompiled(other));
        cache.Clear();
        Assert.False(cache.HasCompiled(key));
        Assert.False(RulesCache.Off.HasCompiled(key));
    }

    [Fact]
    public void A_run_warms_Roslyn_for_code_not_for_a_rerun_or_a_reform_of_values_and_gives_the_same_results()
    {
        Write("UdenSygSamtale.rules", WithCode);
        Write("ToSamtaler.rules", ValuesOnly);
        var code = Write("code.yaml", Scenario.Replace("REFORM", "UdenSygSamtale.rules", StringComparison.Ordinal));
        var values = Write("values.yaml", Scenario.Replace("REFORM", "ToSamtaler.rules", StringComparison.Ordinal));
        var results = Path.Combine(Folder, "out", "results.json");
        CliResult Run(string scenario, string cache, bool warmUp = true)
        {
            var environment = new Dictionary<string, string> { ["LOVKODE_TRACE"] = "cache", ["LOVKODE_CACHE_DIR"] = Path.Combine(Folder, cache) };
            if (!warmUp) environment["LOVKODE_WARMUP"] = "off";
            var result = CliProcess.Run(Folder, environment, "run", scenario);
            Assert.True(result.ExitCode == 0, result.ToString());
            return result;
        }

        var cold = Run(code, "cache");
        Assert.Contains("warm-up of Roslyn started", cold.Stderr);
        Assert.Contains("compiled with Roslyn", cold.Stderr);
        var warmed = Results(results);

        var rerun = Run(code, "cache");
        Assert.Contains("warm-up not started", rerun.Stderr);
        Assert.Contains("lovkode cache: hit", rerun.Stderr);
        Assert.Contains("Roslyn loaded in this process: no", rerun.Stderr);

        var off = Run(code, "cache-off", warmUp: false);
        Assert.DoesNotContain("warm-up", off.Stderr);
        Assert.Contains("compiled with Roslyn", off.Stderr);
        Assert.Equal(warmed, Results(results));

        var valuesRun = Run(values, "cache-values");
        Assert.DoesNotContain("warm-up", valuesRun.Stderr);
        Assert.Contains("Roslyn loaded in this process: no", valuesRun.Stderr);
    }
}
