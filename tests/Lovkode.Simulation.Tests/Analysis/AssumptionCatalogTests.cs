using Lovkode.Simulation.Analysis;
using Lovkode.Simulation.Analysis.Assumptions;

namespace Lovkode.Simulation.Tests.Analysis;

/// <summary>Which values with a range a run varies, how they are named, and why the others are held.</summary>
public sealed class AssumptionCatalogTests
{
    private static UncertaintyPlan Plan(UncertaintyOptions? options = null, Scenario.SimulationOptions? run = null, Scenario.Arm[]? arms = null) =>
        UncertaintyAnalysis.Plan(arms ?? RangedJobseeker.Arms(), run ?? RangedJobseeker.Options(), options ?? RangedJobseeker.Uncertainty(), RangedJobseeker.Regimes);

    [Fact]
    public void The_models_ranged_values_the_run_reads_and_the_laws_ranged_values_in_force_are_the_assumptions()
    {
        var names = Plan().Catalog.All.Select(a => a.Name).ToList();
        Assert.Equal(["AllowanceReady.stock", "AllowanceSupport.hazard.1", "AllowanceEnds.share.1", "Coaching.interval", "ReviewEvery", "HourlyCost", "ReviewMinutes"], names);
    }

    [Fact]
    public void A_law_value_declared_for_two_groups_and_inherited_by_two_regimes_is_one_assumption_over_both()
    {
        var minutes = Plan().Catalog.All.Single(a => a.Name == "ReviewMinutes");
        Assert.Equal(AssumptionSource.Law, minutes.Source);
        Assert.Equal("for Searching, InTraining; in Review, ReviewReform", minutes.Where);
        Assert.Equal((10, 40), (minutes.Range.Low, minutes.Range.High));
        Assert.Equal(Runtime.Confidence.Low, minutes.Confidence);
        Assert.False(minutes.Whole);
        Assert.True(Plan().Catalog.All.Single(a => a.Name == "ReviewEvery").Whole);
    }

    [Fact]
    public void Values_the_run_does_not_use_or_the_scenario_sets_are_held_with_the_reason()
    {
        var parameters = ReviewBaseline.CreateParameters();
        parameters.Override(ReviewRegime.HourlyCost, 350);
        var plan = Plan(run: RangedJobseeker.Options(RangedJobseeker.Model()) with { PracticeContact = false }, arms: RangedJobseeker.Arms(parameters));
        var held = plan.Catalog.Held.ToDictionary(h => h.Name, h => h.Reason);
        Assert.Contains("does not use it", held["Coaching.interval"]);
        Assert.Contains("not in force", held["OldPrice"]);
        // Set in the baseline by the scenario, the hourly cost still varies in the reform, which inherits it.
        Assert.Contains("held in Review, whose scenario sets it", plan.Catalog.All.Single(a => a.Name == "HourlyCost").Where);
        Assert.DoesNotContain(plan.Catalog.All, a => a.Name == "Coaching.interval");
    }

    [Fact]
    public void Stocks_and_hazards_shape_the_population_and_shares_practice_and_law_values_do_not()
    {
        var shaping = Plan().Catalog.All.Where(a => a.ShapesPopulation).Select(a => a.Name);
        Assert.Equal(["AllowanceReady.stock", "AllowanceSupport.hazard.1"], shaping);
    }

    [Theory]
    [InlineData("AllowanceReady", "AllowanceReady.stock")]
    [InlineData("*.hazard.*", "AllowanceSupport.hazard.1")]
    [InlineData("Review*", "ReviewEvery,ReviewMinutes")]
    [InlineData("ReviewMinutes", "ReviewMinutes")]
    public void Vary_selects_by_name_prefix_or_pattern(string pattern, string expected)
    {
        var plan = Plan(RangedJobseeker.Uncertainty() with { Vary = [pattern] });
        Assert.Equal(expected.Split(','), plan.Varying.Select(a => a.Name));
    }

    [Fact]
    public void An_unknown_or_held_name_is_refused_before_anything_runs_with_its_index_and_a_hint()
    {
        var error = Assert.Throws<AssumptionSelectionException>(() => Plan(RangedJobseeker.Uncertainty() with { Vary = ["ReviewEvery", "ReveiwMinutes", "OldPrice"] }));
        Assert.Equal([1, 2], error.Problems.Select(p => p.Index));
        Assert.Contains("did you mean ReviewMinutes?", error.Problems[0].Problem);
        Assert.Contains("'OldPrice' does not vary in this run: not in force", error.Problems[1].Problem);
    }

    [Fact]
    public void Patterns_with_many_stars_match_in_linear_time()
    {
        Assert.True(AssumptionPattern.Matches("*a*b*", "xxaxxbxx"));
        Assert.False(AssumptionPattern.Matches(string.Concat(Enumerable.Repeat("*a", 40)) + "*b", new string('a', 60)));
        Assert.False(AssumptionPattern.Matches("Review", "ReviewEvery"));
        Assert.True(AssumptionPattern.Matches("ReviewMinutes", "ReviewMinutes[2]"));
    }
}
