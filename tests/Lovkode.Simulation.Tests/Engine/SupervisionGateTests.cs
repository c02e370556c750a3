using Lovkode.Runtime;
using Lovkode.Simulation.Results;
using Lovkode.Simulation.Scenario;
using Lovkode.Simulation.Tests.Support;

namespace Lovkode.Simulation.Tests.Engine;

/// <summary>
/// Supervision that gates on results (issue 19, item 4): a result-gated rule examines a
/// municipality on its focus target only in a year its result measure is worse than expected, and
/// a case with the rule's alternative (100 hours of work in the Danish law) counts as covered. The
/// Danish model states the spread of the result measure, the bound of "worse" and the share that
/// meets the alternative (Danmark2023, area); these tests move those values to see each part act.
/// </summary>
public sealed class SupervisionGateTests
{
    private static readonly DateOnly Start = new(2023, 7, 3);

    /// <summary>The Danish model with some of its values set (by name, as a scenario or an uncertainty sample sets them).</summary>
    internal static IPopulationModel DanishWith(params (string Name, double Value)[] values)
    {
        var model = DanishModel.Create();
        var set = new ModelValues(model.Info.Values);
        foreach (var (name, value) in values) Assert.True(set.Override(model.Info.ValueIndex(name), value), name);
        return model.WithValues(set);
    }

    private static List<AreaDelta> PerMunicipality(SimulationResult result, string metric) =>
        result.Comparisons[0].Deltas.Where(d => d.Metric == metric && d.Area != SimulationResult.All && d.Group == SimulationResult.All)
            .Select(d => new AreaDelta(d.Area, d.BaselineMean, d.ReformMean)).ToList();

    private static double Total(SimulationResult result, string metric, bool reform = false) =>
        PerMunicipality(result, metric).Sum(d => reform ? d.Reform : d.Baseline);

    private static SimulationResult Run(IPopulationModel model, int replications = 2) =>
        Simulator.Run([Arm.Of(DanishLaw.Create("Lab2019")), Arm.Of(DanishLaw.Create("Forenkling2022"))],
            Options.Small(persons: 20_000, replications: replications, weeks: 52, model: model) with { Start = Start, ByArea = true });

    [Fact]
    public void With_the_gate_open_everywhere_and_no_alternative_nearly_every_municipality_is_under_supervision_as_before_the_gate()
    {
        var result = Run(DanishWith(("area.result.worse", -1.0), ("area.alternative", 0.0)));
        Assert.Equal(98.0, Total(result, "supervision.examined.years"), 6);
        Assert.True(Total(result, "supervision.municipality.years") > 80, $"{Total(result, "supervision.municipality.years")} municipality-years");
    }

    [Fact]
    public void With_the_model_s_values_few_municipalities_are_examined_and_only_those_can_be_under_supervision()
    {
        var result = Run(DanishModel.Create(), replications: 4);
        var examined = PerMunicipality(result, "supervision.examined.years");
        var supervised = PerMunicipality(result, "supervision.municipality.years");
        var examinedYears = examined.Sum(d => d.Baseline);
        // 5% spread, worse above 10%: 2.3% of 98 municipalities, about 2.2 a year in expectation.
        Assert.InRange(examinedYears, 0.25, 8);
        Assert.InRange(supervised.Sum(d => d.Baseline), 0.0, examinedYears);
        foreach (var m in supervised)
        {
            Assert.True(m.Baseline <= examined.Single(e => e.Area == m.Area).Baseline + 1e-9, m.Area);
        }
        // The result measure is the model's, not the law's: both arms examine the same municipalities.
        foreach (var m in examined) Assert.Equal(m.Baseline, m.Reform, 9);
    }

    [Fact]
    public void A_case_with_the_alternative_counts_as_covered_so_when_everyone_has_it_no_municipality_is_under_supervision()
    {
        var result = Run(DanishWith(("area.result.worse", -1.0), ("area.alternative", 1.0)));
        Assert.Equal(98.0, Total(result, "supervision.examined.years"), 6);
        Assert.Equal(0.0, Total(result, "supervision.municipality.years"));
        Assert.Equal(0.0, Total(result, "supervision.dkk"));
    }

    [Fact]
    public void The_alternative_lowers_the_count_as_its_share_rises()
    {
        var none = Total(Run(DanishWith(("area.result.worse", -1.0), ("area.alternative", 0.0)), 1), "supervision.municipality.years", reform: true);
        var some = Total(Run(DanishWith(("area.result.worse", -1.0), ("area.alternative", 0.5)), 1), "supervision.municipality.years", reform: true);
        Assert.True(some < none, $"{some} with half the uncovered cases working 100 hours, {none} with none");
    }

    [Fact]
    public void A_result_gated_rule_on_a_model_that_states_no_results_is_refused_with_what_to_add()
    {
        var model = DanishModel.Create();
        var bare = new ModelWithoutResults(model);
        var error = Assert.Throws<InvalidOperationException>(() => Simulator.Run([Arm.Of(DanishLaw.Create("Lab2019"))], Options.Small(persons: 100, replications: 1, weeks: 1, model: bare) with { Start = Start }));
        Assert.Contains("SkaerpetTilsyn", error.Message);
        Assert.Contains("result spread", error.Message);
    }

    private sealed record AreaDelta(string Area, double Baseline, double Reform);

    /// <summary>The Danish model as a model without the area's result clauses would be.</summary>
    private sealed class ModelWithoutResults(IPopulationModel inner) : IPopulationModel
    {
        public ModelInfo Info { get; } = inner.Info with { AreaResults = null };
        public ModelValues Values => inner.Values;
        public bool Holds(int condition, in Citizen citizen) => inner.Holds(condition, in citizen);
        public IPopulationModel WithValues(ModelValues values) => new ModelWithoutResults(inner.WithValues(values));
    }
}
