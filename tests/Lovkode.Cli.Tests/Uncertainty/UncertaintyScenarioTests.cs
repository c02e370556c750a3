using System.Text.Json;
using Lovkode.Cli.Commands;
using Lovkode.Cli.Scenarios;
using Lovkode.Simulation.Analysis;
using static Lovkode.Cli.Tests.Support.InlineScenario;

namespace Lovkode.Cli.Tests.Uncertainty;

/// <summary>The uncertainty block of a scenario, the command line's --uncertainty and the JSON schema.</summary>
public sealed class UncertaintyScenarioTests
{
    [Fact]
    public void A_number_asks_for_that_many_samples_and_the_rest_by_default()
    {
        var s = Read(Minimal + "\nuncertainty: 50\n");
        Assert.Equal(UncertaintySpec.Default with { Samples = 50, Place = s.Uncertainty!.Place }, s.Uncertainty);
        Assert.Null(Read(Minimal).Uncertainty);
    }

    [Fact]
    public void The_block_sets_every_key_and_keeps_each_names_place()
    {
        var s = Read(Minimal + "\nuncertainty:\n  samples: 64\n  method: sobol\n  seed: 9\n  replications: 3\n  vary: [DagpengeJobparat, \"*.hazard.*\"]\n  oneWay: false\n  calibrate: no\n");
        var u = s.Uncertainty!;
        Assert.Equal((64, SamplingMethod.Sobol, 9L, 3, false, false), (u.Samples, u.Method, u.Seed, u.Replications, u.OneWay, u.Calibrate));
        Assert.Equal(["DagpengeJobparat", "*.hazard.*"], u.Vary!.Select(v => v.Name));
        Assert.Equal("uncertainty.vary[1]", u.Vary![1].Place.KeyPath);
        var one = Read(Minimal + "\nuncertainty:\n  vary: Kontakt\n").Uncertainty!;
        Assert.Equal(["Kontakt"], one.Vary!.Select(v => v.Name));
    }

    [Theory]
    [InlineData("uncertainty: 0", "uncertainty: 0 is out of range 2..100000")]
    [InlineData("uncertainty: 1000000000", "uncertainty: 1000000000 is out of range 2..100000")]
    [InlineData("uncertainty: { method: latin }", "uncertainty.method: unknown method 'latin'")]
    [InlineData("uncertainty: { replications: 1 }", "uncertainty.replications: 1 is out of range 2..100")]
    [InlineData("uncertainty: { vary: [\"has space\"] }", "uncertainty.vary[0]: 'has space' is not an assumption name")]
    [InlineData("uncertainty: { oneway: true }", "unknown key 'oneway' (did you mean 'oneWay'?)")]
    public void Bad_values_are_one_line_at_their_key(string block, string expected)
    {
        var e = Assert.Throws<ScenarioException>(() => Read(Minimal + "\n" + block + "\n"));
        Assert.Contains(expected, e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Fact]
    public void The_command_line_sets_samples_and_method_and_refuses_what_cannot_run()
    {
        var plain = Read(Minimal);
        var u = RunCommand.WithUncertainty(plain, 30, "sobol").Uncertainty!;
        Assert.Equal((30, SamplingMethod.Sobol), (u.Samples, u.Method));
        Assert.Same(plain, RunCommand.WithUncertainty(plain, null, null));
        var block = Read(Minimal + "\nuncertainty: { samples: 40, oneWay: false }\n");
        Assert.Equal((100, false), (RunCommand.WithUncertainty(block, 100, null).Uncertainty!.Samples, RunCommand.WithUncertainty(block, 100, null).Uncertainty!.OneWay));
        Assert.Equal("--uncertainty: give 2 to 100,000 samples, not 0", Assert.Throws<CliException>(() => RunCommand.WithUncertainty(plain, 0, null)).Message);
        Assert.Equal("--uncertainty: give 2 to 100,000 samples, not 1,000,000,000", Assert.Throws<CliException>(() => RunCommand.WithUncertainty(plain, 1_000_000_000, null)).Message);
        Assert.Contains("unknown method 'morris'", Assert.Throws<CliException>(() => RunCommand.WithUncertainty(plain, 10, "morris")).Message);
        Assert.Contains("give the number of samples", Assert.Throws<CliException>(() => RunCommand.WithUncertainty(plain, null, "sobol")).Message);
    }

    [Fact]
    public void The_json_schema_describes_the_block_the_reader_accepts()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "scenarios", "scenario.schema.json")));
        var block = schema.RootElement.GetProperty("properties").GetProperty("uncertainty").GetProperty("oneOf").EnumerateArray().ToList();
        var number = block.Single(f => f.GetProperty("type").GetString() == "integer");
        Assert.Equal((2, UncertaintyOptions.MaxSamples), (number.GetProperty("minimum").GetInt32(), number.GetProperty("maximum").GetInt32()));
        var form = block.Single(f => f.GetProperty("type").GetString() == "object");
        Assert.False(form.GetProperty("additionalProperties").GetBoolean());
        var properties = form.GetProperty("properties");
        Assert.Equal(["calibrate", "method", "oneWay", "replications", "samples", "seed", "vary"], properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["lhs", "sobol"], properties.GetProperty("method").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(UncertaintyOptions.MaxReplications, properties.GetProperty("replications").GetProperty("maximum").GetInt32());
    }
}
