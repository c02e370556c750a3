using Lovkode.Cli.Commands;
using Lovkode.Cli.Regimes;
using Lovkode.Cli.Running;
using Lovkode.Cli.Scenarios;
using Lovkode.Reports.Html;
using Lovkode.Reports.Writers;
using Lovkode.Runtime;
using static Lovkode.Cli.Tests.Support.InlineScenario;

namespace Lovkode.Cli.Tests.Scenarios;

/// <summary>A scenario's population model: which one, its composition, its values among the parameters, and where they show.</summary>
public sealed class ModelScenarioTests
{
    private static ResolvedArms Arms()
    {
        var baseline = Lovkode.Law.Regimes.Create("Sygedagpenge2025");
        var reform = Lovkode.Law.Regimes.Create("Hovedlov2027");
        return new ResolvedArms(
            [new ResolvedArm("Sygedagpenge2025", [(null, baseline)]), new ResolvedArm("Hovedlov2027", [(null, reform)])],
            new SortedDictionary<string, (IRegime, string)>(StringComparer.Ordinal) { ["Sygedagpenge2025"] = (baseline, "test"), ["Hovedlov2027"] = (reform, "test") });
    }

    private static IPopulationModel Model(string yaml)
    {
        var scenario = Read(yaml);
        return SimulationSetup.Model(scenario, ModelResolver.BuiltIn(scenario, Arms()));
    }

    private static double Value(IPopulationModel model, string path) => model.Values[model.Info.ValueIndex(path)];

    [Fact]
    public void Without_a_model_key_the_baseline_domains_one_model_runs_and_a_named_one_is_found()
    {
        Assert.Equal("Danmark2023", Model(Minimal).Info.Name);
        Assert.Equal("Danmark2023", Model("model: Danmark2023\n" + Minimal).Info.Name);
        Assert.Null(Read(Minimal).Model);
        Assert.Equal(new ScenarioPlace("test.yaml", "model", 1, 8), Read("model: Danmark2023\n" + Minimal).Model!.Place);
    }

    [Theory]
    [InlineData("model: Sverige2023\n", "test.yaml:1:8: model: unknown model 'Sverige2023'; the compiled-in models are Danmark2023")]
    [InlineData("model: Danmark 2023\n", "test.yaml:1:8: model: 'Danmark 2023' is neither a model name")]
    public void A_model_that_does_not_exist_is_an_error_at_its_line(string line, string expected)
    {
        var e = Assert.Throws<ScenarioException>(() => Model(line + Minimal));
        Assert.StartsWith(expected, e.Message);
    }

    [Fact]
    public void A_composition_reweights_the_models_stocks_keeping_the_total_and_the_shares_within_a_member()
    {
        var plain = Model(Minimal);
        var model = Model(Minimal + "\n  composition:\n    benefit: { Dagpenge: 0.5, Kontanthjaelp: 0.5 }\n");
        double Stock(IPopulationModel m, string cohort) => Value(m, cohort + ".stock");
        var total = plain.Info.Cohorts.Sum(c => Stock(plain, c.Name));
        Assert.Equal(total, model.Info.Cohorts.Sum(c => Stock(model, c.Name)), 6);
        Assert.Equal(total / 2, Stock(model, "DagpengeJobparat"), 6);
        Assert.Equal(0, Stock(model, "SygedagpengeJobparat"));
        Assert.Equal(Stock(plain, "KontanthjaelpJobparat") / Stock(plain, "KontanthjaelpAktivitetsparat"), Stock(model, "KontanthjaelpJobparat") / Stock(model, "KontanthjaelpAktivitetsparat"), 9);
    }

    [Theory]
    [InlineData("    civilstand: { Gift: 1 }\n", "population.composition.civilstand: the domain has no fact 'civilstand'; the model's cohorts are keyed by benefit, readiness")]
    [InlineData("    age: { Young: 1 }\n", "population.composition.age: cohort DagpengeJobparat of model 'Danmark2023' is not keyed by age")]
    [InlineData("    benefit: { Pension: 1 }\n", "population.composition.benefit.Pension: the population has no benefit 'Pension'; it has Dagpenge, ")]
    public void A_composition_over_something_the_cohorts_are_not_keyed_by_is_an_error(string facts, string expected)
    {
        var e = Assert.Throws<ScenarioException>(() => Model(Minimal + "\n  composition:\n" + facts));
        Assert.Contains(expected, e.Message);
        Assert.StartsWith("test.yaml:6:3: ", e.Message);
    }

    [Fact]
    public void A_parameter_named_by_a_model_path_overrides_the_models_value_and_leaves_the_regimes_alone()
    {
        var scenario = Read(Minimal + "\nparameters:\n  - { name: Kontakt.interval, value: 9 }\n  - { name: DagpengeOpbrugt.share.1, value: 40% }\n");
        var arms = Arms();
        ParameterOverrides.Apply(scenario.Parameters, arms.Regimes.ToDictionary(r => r.Key, r => r.Value.Regime, StringComparer.Ordinal));
        var model = SimulationSetup.Model(scenario, ModelResolver.BuiltIn(scenario, arms));
        Assert.Equal(9, Value(model, "Kontakt.interval"));
        Assert.Equal(0.4, Value(model, "DagpengeOpbrugt.share.1"), 12);
        Assert.All(arms.Regimes.Values, r => Assert.Empty(r.Regime.Parameters.Overrides));
        var rows = ModelTable.Rows(model);
        Assert.Contains(rows, r => r.Path == "Kontakt.interval" && r.Overridden && r.Point == 7 && r.Value == 9 && r.Low == 6 && r.High == 9 && r.Status == "calibrated");
    }

    [Theory]
    [InlineData("  - { name: Kontakt.intervall, value: 9 }\n", "test.yaml:8:5: parameters[0]: model 'Danmark2023' has no value 'Kontakt.intervall'; Kontakt has Kontakt.interval, Kontakt.from")]
    [InlineData("  - { name: Kontakt.interval, value: 9, group: Dagpenge }\n", "test.yaml:8:5: parameters[0]: 'Kontakt.interval' is a value of model 'Danmark2023': it holds for every group, regime and date")]
    [InlineData("  - { name: DagpengeOpbrugt.share.1, value: 1.5 }\n", "test.yaml:8:45: parameters[0].value: DagpengeOpbrugt.share.1 is a share: give 0% to 100% (or 0 to 1), not 1.5")]
    [InlineData("  - { name: Kontakt.interval, value: 6.5 }\n", "test.yaml:8:38: parameters[0].value: Kontakt.interval is whole weeks: give 0 or more, not 6.5")]
    public void A_bad_model_value_is_an_error_at_its_line(string parameter, string expected)
    {
        var e = Assert.Throws<ScenarioException>(() => Model(Minimal + "\nparameters:\n" + parameter));
        Assert.StartsWith(expected, e.Message);
    }

    [Fact]
    public void Explain_lists_the_models_values_with_their_ranges_and_sources()
    {
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Ok, ExplainCommand.ExplainModel([], [], "Danmark2023", output));
        var text = output.ToString();
        Assert.StartsWith("Danmark2023 — Befolkningen på offentlig forsørgelse i beskæftigelsesindsatsen, 2023", text);
        Assert.Contains("Domain Beskaeftigelse; compiled in; ", text);
        Assert.Matches(@"(?m)^Kontakt\.interval\s+weeks\s+7\s+6\.\.9 triangular\s+calibrated\s+medium\s+Seed 002", text);
        Assert.Matches(@"(?m)^DagpengeJobparat\.stock\s+persons\s+52000\s+46000\.\.58000 triangular\s+cited\s+medium", text);
        Assert.Matches(@"values, \d+ with a range", text);
        var e = Assert.Throws<CliException>(() => ExplainCommand.ExplainModel([], [], "Sverige", output));
        Assert.Equal("--model: unknown model 'Sverige'; the compiled-in models are Danmark2023 (or give a model .rules file)", e.Message);
    }

    [Fact]
    public void A_run_writes_the_model_into_results_json_and_the_report()
    {
        var scenario = Read(Minimal.Replace("size: 1000", "size: 500", StringComparison.Ordinal) + "\nhorizon: { start: 2027-01-04, weeks: 4 }\nreplications: 2\nparameters:\n  - { name: Kontakt.interval, value: 9 }\n");
        var document = ScenarioRun.Execute(scenario, Arms(), ModelResolver.BuiltIn(scenario, Arms()), null);
        var model = document.Model!;
        Assert.Equal(("Danmark2023", "Beskaeftigelse"), (model.Name, model.Domain));
        Assert.Contains(model.Values, v => v.Path == "Kontakt.interval" && v.Overridden);
        Assert.Equal(9, document.Scenario.Practice!.IntervalWeeks);
        var json = ResultsJson.Parse(ResultsJson.Serialize(document), "results.json");
        Assert.Equal(model.Values.Count, json.Model!.Values.Count);
        var html = HtmlReport.Render(document);
        Assert.Contains("<h2>Population model: Danmark2023</h2>", html);
        Assert.Contains("<tr class=\"override\"><td>Kontakt.interval</td>", html);
    }
}
