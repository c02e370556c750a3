using Lovkode.Simulation.Metrics;
using Lovkode.Cli.Regimes;
using Lovkode.Cli.Running;
using Lovkode.Cli.Scenarios;
using Lovkode.Reports.Model;
using Lovkode.Reports.Writers;
using Lovkode.Runtime;

namespace Lovkode.Cli.Tests.Running;

/// <summary>The run pipeline in process: a run-time compiled regime through the simulator, into a results document and files.</summary>
public sealed class ScenarioRunTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lovkode-run-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Scenario Scenario(string extra = "") => ScenarioReader.Read($"""
        name: Toy
        regimes:
          baseline: ToyBase
          reforms: [ToyReform]
        population:
          size: 3000
        horizon: {"{"} start: 2026-01-05, weeks: 26 {"}"}
        replications: 3
        seed: 11
        {extra}
        """, "toy.yaml", "/");

    private static ResolvedArms Arms(IRegime baseline, IRegime reform) => new(
        [new ResolvedArm("ToyBase", [(null, baseline)]), new ResolvedArm("ToyReform", [(null, reform)])],
        new SortedDictionary<string, (IRegime, string)>(StringComparer.Ordinal) { ["ToyBase"] = (baseline, "test"), ["ToyReform"] = (reform, "test") });

    /// <summary>Runs the scenario with the built-in law's model of the toy regimes' domain.</summary>
    private static ResultsDocument Run(Scenario scenario, ResolvedArms arms, Action<double>? progress = null) =>
        ScenarioRun.Execute(scenario, arms, ModelResolver.BuiltIn(scenario, arms), progress);

    [Fact]
    public void A_run_maps_totals_groups_municipalities_and_activities()
    {
        var baseline = DanishToyRegime.Create("ToyBase", 2, 4);
        var reform = DanishToyRegime.Create("ToyReform", 4, 8);
        var fractions = new List<double>();
        var document = Run(Scenario(), Arms(baseline, reform), f => { lock (fractions) fractions.Add(f); });

        var comparison = Assert.Single(document.Comparisons);
        Assert.Equal(("ToyBase", "ToyReform"), (comparison.Baseline, comparison.Reform));
        var interviews = comparison.Rows.Single(r => r.Metric == MetricCatalogue.Interviews.Name && r.Dimension == MetricRow.Total);
        Assert.True(interviews.Baseline!.Mean > 0);
        // Interviews half as often (week 0 of every spell still has one): clearly fewer.
        Assert.True(interviews.Delta!.High < 0, $"delta CI {interviews.Delta}");
        Assert.InRange(interviews.RelativeChange!.Value, -0.6, -0.15);
        Assert.Equal(interviews.Reform!.Mean - interviews.Baseline.Mean, interviews.Delta.Mean, 6);
        Assert.Contains(comparison.Rows, r => r.Dimension == Dimensions.Group && r.Key == "Dagpenge" && r.Metric == MetricCatalogue.Interviews.Name);
        Assert.Contains(comparison.Rows, r => r.Dimension == Dimensions.Municipality && r.Key == "Koebenhavn");
        Assert.Contains(comparison.Rows, r => r.Dimension == Dimensions.Activity && r.Key == "preparation");
        Assert.Equal(3, document.Run.ReplicationsRun);
        Assert.Equal(2, document.Regimes.Count);
        Assert.Contains(document.Parameters, p => p.Parameter == "Interval" && p.Group == "Kontant" && p.Source == "§ toy § 2");
        Assert.NotEmpty(fractions);
        Assert.True(fractions.Max() <= 1.0);
    }

    [Fact]
    public void Equal_regimes_give_a_delta_of_exactly_zero()
    {
        var document = Run(Scenario(), Arms(DanishToyRegime.Create("ToyBase", 3, 3), DanishToyRegime.Create("ToyReform", 3, 3)));
        Assert.All(document.Comparisons[0].Rows.Where(r => r.Delta is not null), r => Assert.Equal(0, r.Delta!.Mean));
    }

    [Fact]
    public void A_parameter_override_reaches_the_simulation_and_the_parameter_table()
    {
        var scenario = Scenario("parameters:\n  - { name: Interval, group: Dagpenge, value: 2, regime: ToyReform }\n  - { name: Interval, group: Kontant, value: 4, regime: ToyReform }");
        var baseline = DanishToyRegime.Create("ToyBase", 2, 4);
        var reform = DanishToyRegime.Create("ToyReform", 4, 8);
        var arms = Arms(baseline, reform);
        ParameterOverrides.Apply(scenario.Parameters, arms.Regimes.ToDictionary(r => r.Key, r => r.Value.Regime));
        var document = Run(scenario, arms);
        // Overridden back to the baseline's values: no difference left.
        Assert.Equal(0, document.Comparisons[0].Rows.Single(r => r.Metric == MetricCatalogue.Interviews.Name && r.Dimension == MetricRow.Total).Delta!.Mean);
        Assert.Contains(document.Parameters, p => p.Regime == "ToyReform" && p.Overridden && p.Group == "Dagpenge" && p.Value == 2);
    }

    [Fact]
    public void An_override_that_matches_nothing_is_an_error_at_its_line()
    {
        var scenario = Scenario("parameters:\n  - { name: Intervall, value: 2 }");
        var arms = Arms(DanishToyRegime.Create("ToyBase", 2, 4), DanishToyRegime.Create("ToyReform", 4, 8));
        var e = Assert.Throws<ScenarioException>(() => ParameterOverrides.Apply(scenario.Parameters, arms.Regimes.ToDictionary(r => r.Key, r => r.Value.Regime)));
        Assert.StartsWith("toy.yaml:11:5: parameters[0]: no parameter 'Intervall'", e.Message);
    }

    [Fact]
    public void Outputs_are_written_and_read_back()
    {
        var document = Run(Scenario(), Arms(DanishToyRegime.Create("ToyBase", 2, 4), DanishToyRegime.Create("ToyReform", 4, 8)));
        var written = ResultsOutput.Write(document, _folder, OutputSpec.AllFormats);
        Assert.Equal(["results.json", "results.csv", "results.parquet", "report.html"], written.Select(Path.GetFileName));
        Assert.Equal(ResultsJson.Serialize(document), ResultsJson.Serialize(ResultsJson.Read(Path.Combine(_folder, "results.json"))));
        Assert.Equal(4, Directory.GetFiles(_folder).Length);

        var console = new StringWriter();
        ConsoleTables.Write(document, interactive: false, console);
        var text = console.ToString();
        Assert.Contains("Interviews (meeting events), required and practice (count) — ToyReform vs ToyBase", text);
        Assert.Matches(@"(?m)^Total\s+[\d,]+\s+[\d,]+\s+-[\d,]+\s+\[-[\d,]+, -[\d,]+\]\s+-\d+\.\d%$", text);
    }
}
