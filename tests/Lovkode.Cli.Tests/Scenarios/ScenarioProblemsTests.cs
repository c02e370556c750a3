using Lovkode.Cli.Scenarios;
using static Lovkode.Cli.Tests.Support.InlineScenario;

namespace Lovkode.Cli.Tests.Scenarios;

/// <summary>The reader goes on past a problem and reports every one, each at its key path and line.</summary>
public sealed class ScenarioProblemsTests
{
    private const string Broken = """
        name: Test
        regimes:
          baseline: Kontaktforloeb2024
          reforms: [Reform2026]
        population:
          size: lots
        seeed: 3
        horizon: { start: 2026-01-01, wekks: 52 }
        parameters:
          - { name: A, value: 1 }
          - { name: B, value: many }
          - { name: C, value: 1, form: 2026-01-01 }
        effects: maybe
        """;

    [Fact]
    public void Every_problem_of_a_file_is_reported_in_file_order_with_its_key_path_and_line()
    {
        var e = Assert.Throws<ScenarioException>(() => Read(Broken));
        Assert.Equal(
        [
            "test.yaml:6:9: population.size: expected a whole number, got 'lots'",
            "test.yaml:7:1: seeed: unknown key 'seeed' (did you mean 'seed'?); allowed here: name, description, model, regimes, rules, population, horizon, replications, seed, parameters, effects, practice, uncertainty, provisions, groupBy, outputs",
            "test.yaml:8:31: horizon.wekks: unknown key 'wekks' (did you mean 'weeks'?); allowed here: start, weeks, end",
            "test.yaml:11:23: parameters[1].value: expected a number, got 'many'",
            "test.yaml:12:26: parameters[2].form: unknown key 'form' (did you mean 'from'?); allowed here: name, group, value, from, until, regime",
            "test.yaml:13:10: effects: expected true or false, got 'maybe'",
        ], e.Problems.Select(p => p.Message));
    }

    [Fact]
    public void The_one_line_of_run_is_the_first_problem_with_how_many_more()
    {
        var e = Assert.Throws<ScenarioException>(() => Read(Broken));
        Assert.Equal("test.yaml:6:9: population.size: expected a whole number, got 'lots' (and 5 more; run lovkode check)", e.Message);
        Assert.Equal("population.size", e.Place!.KeyPath);
    }

    [Fact]
    public void A_key_that_fails_is_not_also_reported_missing()
    {
        var e = Assert.Throws<ScenarioException>(() => Read("name: T\nregimes: 3\npopulation: 7\n"));
        Assert.Equal(["regimes", "population"], e.Problems.Select(p => p.Place!.KeyPath));
    }

    [Fact]
    public void One_problem_reads_as_before_without_a_count()
    {
        var e = Assert.Throws<ScenarioException>(() => Read(Minimal.Replace("size: 1000", "size: lots", StringComparison.Ordinal)));
        Assert.Equal("test.yaml:6:9: population.size: expected a whole number, got 'lots'", e.Message);
        Assert.Same(e, Assert.Single(e.Problems));
    }
}
