using System.Text.Json;
using Lovkode.Cli.Scenarios;
using static Lovkode.Cli.Tests.Support.InlineScenario;

namespace Lovkode.Cli.Tests.Scenarios;

public sealed class ScenarioReaderTests
{
    private static ScenarioException Fails(string yaml) => Assert.Throws<ScenarioException>(() => Read(yaml));

    public static TheoryData<string> ShippedScenarios =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "scenarios"), "*.yaml", SearchOption.AllDirectories).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void Every_shipped_scenario_reads(string file)
    {
        var path = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "scenarios"), file, SearchOption.AllDirectories).Single();
        var scenario = ScenarioReader.ReadFile(path);
        Assert.NotEmpty(scenario.Reforms);
        Assert.True(scenario.Population.Size > 0);
    }

    [Fact]
    public void A_minimal_scenario_gets_the_documented_defaults()
    {
        var s = Read(Minimal);
        Assert.Equal("Kontaktforloeb2024", s.Baseline.Name);
        Assert.Equal("Reform2026", Assert.Single(s.Reforms).Name);
        Assert.Equal(52, s.Horizon.Weeks);
        Assert.Equal(10, s.Replications.Count);
        Assert.False(s.Effects);
        Assert.Equal(["json", "csv", "html"], s.Outputs.Formats);
    }

    [Fact]
    public void Regimes_may_be_paths_mappings_and_timelines()
    {
        var s = Read("""
            name: T
            regimes:
              baseline: rules/Mine.rules
              reforms:
                - { name: Other, rules: other.rules, domain: dom.rules }
                - name: Path
                  timeline:
                    - regime: Lab2019
                    - from: 2024-01-01
                      regime: Reform2026
            population: { size: 10 }
            """);
        Assert.Equal(Path.GetFullPath("/base/rules/Mine.rules"), s.Baseline.Periods[0].Regime.RulesPath);
        Assert.Equal("Mine", s.Baseline.Name);
        Assert.Equal(Path.GetFullPath("/base/dom.rules"), s.Reforms[0].Periods[0].Regime.DomainPath);
        Assert.Equal(2, s.Reforms[1].Periods.Count);
        Assert.Equal(new DateOnly(2024, 1, 1), s.Reforms[1].Periods[1].From);
    }

    [Fact]
    public void Overrides_stop_rules_and_percentages_read()
    {
        var s = Read(Minimal + """

            replications: { min: 3, max: 50, stop: { metric: interviews, relativeHalfWidth: 2% } }
            parameters:
              - { name: CvFrist, group: Dagpenge, value: 3, from: 2026-07-01, regime: Reform2026 }
              - { name: Kvote, value: 80% }
            horizon: { start: 2026-07-01, end: 2027-07-01 }
            """);
        Assert.Equal(0.02, s.Replications.RelativeHalfWidth!.Value, 12);
        Assert.Equal(50, s.Replications.Max);
        Assert.Equal(0.8, s.Parameters[1].Value, 12);
        Assert.Equal("Dagpenge", s.Parameters[0].Group);
        Assert.Equal(53, s.Horizon.Weeks);
    }

    [Fact]
    public void Malformed_yaml_names_the_line()
    {
        var e = Fails("name: T\nregimes:\n  baseline: [Lab2019\npopulation: {size: 1}\n");
        Assert.StartsWith("test.yaml:", e.Message);
        Assert.Contains("malformed YAML", e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Fact]
    public void An_unknown_key_names_its_path_line_and_a_suggestion()
    {
        var e = Fails(Minimal + "\npopulaton:\n  size: 3\n");
        Assert.Equal("test.yaml:7:1: populaton: unknown key 'populaton' (did you mean 'population'?); allowed here: name, description, model, regimes, rules, population, horizon, replications, seed, parameters, effects, practice, uncertainty, provisions, groupBy, outputs", e.Message);
    }

    [Fact]
    public void A_bad_value_names_the_nested_key_path()
    {
        var e = Fails(Minimal.Replace("size: 1000", "size: lots", StringComparison.Ordinal));
        Assert.Equal("test.yaml:6:9: population.size: expected a whole number, got 'lots'", e.Message);
    }

    [Fact]
    public void A_bad_list_item_names_its_index()
    {
        var e = Fails(Minimal + "\nparameters:\n  - { name: A, value: 1 }\n  - { name: B, value: 1, form: 2026-01-01 }\n");
        Assert.Contains("parameters[1].form: unknown key 'form' (did you mean 'from'?)", e.Message);
        Assert.StartsWith("test.yaml:9:", e.Message);
    }

    [Theory]
    [InlineData("regimes:\n  baseline: Lab2019\n  reforms: [Reform2026]\npopulation: {size: 1}\n", "name: this required key is missing")]
    [InlineData("name: T\nregimes:\n  baseline: Lab2019\n  reforms: []\npopulation: {size: 1}\n", "regimes.reforms: name at least one reform")]
    [InlineData("name: T\nregimes:\n  baseline: Lab 2019!\n  reforms: [Reform2026]\npopulation: {size: 1}\n", "regimes.baseline: 'Lab 2019!' is neither a regime name nor a path")]
    [InlineData("name: T\nregimes:\n  baseline: Lab2019\n  reforms: [Lab2019]\npopulation: {size: 1}\n", "two arms are named 'Lab2019'")]
    [InlineData("name: T\nregimes:\n  baseline: A\n  reforms: [B]\npopulation: {size: 1, composition: {benefit: {Dagpenge: 0.5, Kontanthjaelp: 0.2}}}\n", "population.composition.benefit: the shares add up to 0.7")]
    [InlineData("name: T\nregimes:\n  baseline: A\n  reforms: [B]\npopulation: {size: 1}\nhorizon: {start: 2026-13-01}\n", "horizon.start: expected a date as YYYY-MM-DD")]
    [InlineData("name: T\nregimes:\n  baseline: A\n  reforms: [B]\npopulation: {size: 1}\noutputs: {formats: [pdf]}\n", "outputs.formats[0]: unknown format 'pdf'")]
    [InlineData("name: T\nregimes:\n  baseline: A\n  reforms: [B]\npopulation: {size: 1}\nreplications: {min: 5}\n", "replications: without a 'stop' rule")]
    [InlineData("name: T\nregimes:\n  baseline: A\n  reforms: [B]\npopulation: {size: 0}\n", "population.size: 0 is out of range")]
    [InlineData("name: T\nregimes:\n  baseline: A\n  reforms: [B]\npopulation: {size: 1}\nreplications: {min: 3, stop: {metric: samtaler, relativeHalfWidth: 1%}}\n", "replications.stop.metric: the simulator reports no metric 'samtaler'; use one of interviews, ")]
    [InlineData("- just\n- a list\n", "(root): expected a mapping")]
    public void Each_mistake_is_one_line_that_says_where(string yaml, string expected)
    {
        var e = Fails(yaml);
        Assert.Contains(expected, e.Message);
        Assert.Matches(@"^test\.yaml:\d+:\d+: ", e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Fact]
    public void The_json_schema_describes_the_keys_the_reader_accepts()
    {
        var schemaPath = Path.Combine(AppContext.BaseDirectory, "scenarios", "scenario.schema.json");
        using var schema = JsonDocument.Parse(File.ReadAllText(schemaPath));
        var properties = schema.RootElement.GetProperty("properties");
        Assert.Equal(ScenarioReader.TopKeys.Order(StringComparer.Ordinal), properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
        string[] populationKeys = ["composition", "size"];
        Assert.Equal(populationKeys, properties.GetProperty("population").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        string[] parameterKeys = ["from", "group", "name", "regime", "until", "value"];
        Assert.Equal(parameterKeys, properties.GetProperty("parameters").GetProperty("items").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        string[] practiceKeys = ["enabled", "fromSpellWeek", "intervalWeeks", "requirement"];
        var practiceForm = properties.GetProperty("practice").GetProperty("oneOf").EnumerateArray().Single(f => f.GetProperty("type").GetString() == "object");
        Assert.Equal(practiceKeys, practiceForm.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(PracticeSpec.MaxWeeks, practiceForm.GetProperty("properties").GetProperty("intervalWeeks").GetProperty("maximum").GetInt32());
        string[] rulesKeys = ["paths", "replaceBuiltin"];
        var rulesForm = properties.GetProperty("rules").GetProperty("oneOf").EnumerateArray().Single(f => f.TryGetProperty("type", out var t) && t.GetString() == "object");
        Assert.Equal(rulesKeys, rulesForm.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.False(rulesForm.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void Rules_are_paths_relative_to_the_scenario_with_the_built_in_names_they_may_replace()
    {
        var list = Read(Minimal + "\nrules: [mine/, ../shared/Domain.rules]\n");
        Assert.Equal([Path.GetFullPath("/base/mine/"), Path.GetFullPath("/shared/Domain.rules")], list.Rules.Paths.Select(p => p.Path));
        Assert.Empty(list.Rules.ReplaceBuiltIn);
        Assert.Equal(("test.yaml", "rules[1]", 7), (list.Rules.Paths[1].Place.File, list.Rules.Paths[1].Place.KeyPath, list.Rules.Paths[1].Place.Line));

        var one = Read(Minimal + "\nrules: mine\n");
        Assert.Equal([Path.GetFullPath("/base/mine")], one.Rules.Paths.Select(p => p.Path));

        var mapping = Read(Minimal + "\nrules:\n  paths: mine\n  replaceBuiltin: [Lab2019, Beskaeftigelse]\n");
        Assert.Equal([Path.GetFullPath("/base/mine")], mapping.Rules.Paths.Select(p => p.Path));
        Assert.Equal(["Lab2019", "Beskaeftigelse"], mapping.Rules.ReplaceBuiltIn.Select(n => n.Name));
        Assert.Equal("rules.replaceBuiltin[1]", mapping.Rules.ReplaceBuiltIn[1].Place.KeyPath);

        Assert.Same(RulesSpec.None, Read(Minimal).Rules);
    }

    [Theory]
    [InlineData("rules: { path: mine }", "rules.path: unknown key 'path' (did you mean 'paths'?)")]
    [InlineData("rules: [\"\"]", "rules[0]: give a path to a .rules file or a folder")]
    [InlineData("rules: { replaceBuiltin: [Lab 2019] }", "rules.replaceBuiltin[0]: 'Lab 2019' is not the name of a regime or domain")]
    public void A_bad_rules_key_says_where(string yaml, string expected)
    {
        var e = Fails(Minimal + "\n" + yaml + "\n");
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void The_provisions_block_sets_the_split()
    {
        Assert.False(Read(Minimal).Provisions.Enabled);
        Assert.True(Read(Minimal + "\nprovisions: true\n").Provisions.Enabled);
        var p = Read(Minimal + "\nprovisions:\n  only: [regroup, Reform2026.quota.Jobsamtale]\n  permutations: 32\n  replications: 3\n  population: 5000\n").Provisions;
        Assert.True(p.Enabled);
        Assert.Equal(["regroup", "Reform2026.quota.Jobsamtale"], p.Only.Select(n => n.Text));
        Assert.Equal("provisions.only[1]", p.Only[1].Place.KeyPath);
        Assert.Equal((32, 3, 5000), (p.Permutations, p.Replications, p.Population));
        Assert.False(Read(Minimal + "\nprovisions: { split: false, permutations: 4 }\n").Provisions.Enabled);
        var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "scenarios", "scenario.schema.json")));
        var keys = schema.RootElement.GetProperty("properties").GetProperty("provisions").GetProperty("oneOf")[1].GetProperty("properties").EnumerateObject().Select(k => k.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["only", "permutations", "population", "replications", "split"], keys);
    }
}
