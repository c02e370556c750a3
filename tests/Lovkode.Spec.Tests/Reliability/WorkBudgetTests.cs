using Lovkode.Spec.Analysis;
using Lovkode.Spec.Analysis.FiniteDomain;
using Lovkode.Spec.Diagnostics;

namespace Lovkode.Spec.Tests.Reliability;

/// <summary>
/// The path where the finite-domain search runs out of its work budget (issue 21: it never
/// ran in a test, so what the compiler says for a domain too large to search was unknown).
/// </summary>
public sealed class WorkBudgetTests
{
    [Fact]
    public void A_budget_counts_what_it_spends_and_refuses_once_spent()
    {
        var budget = new WorkBudget(2);
        Assert.Equal((2, 0, false), (budget.Remaining, budget.Spent, budget.IsExhausted));
        Assert.True(budget.TrySpend());
        Assert.Equal((1, 1, false), (budget.Remaining, budget.Spent, budget.IsExhausted));
        Assert.True(budget.TrySpend());
        Assert.Equal((0, 2, true), (budget.Remaining, budget.Spent, budget.IsExhausted));
        Assert.False(budget.TrySpend());
        Assert.Equal((0, 2, true), (budget.Remaining, budget.Spent, budget.IsExhausted));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_budget_below_one_still_allows_one_step(int cells)
    {
        var budget = new WorkBudget(cells);
        Assert.Equal(1, budget.Remaining);
        Assert.True(budget.TrySpend());
        Assert.False(budget.TrySpend());
    }

    [Fact]
    public void The_search_stops_without_a_verdict_when_the_budget_runs_out()
    {
        var compilation = Specs.CompileRegime(Regime);
        var domain = compilation.Domains.Single();
        var group = compilation.Regimes.Single().Groups.First(g => g.Name == "Ledige");
        var stopped = CitizenSearch.FindCitizen(domain, [group.Condition], new WorkBudget(1));
        Assert.Equal(SearchOutcome.Stopped, stopped.Outcome);
        Assert.Null(stopped.Witness);
        var found = CitizenSearch.FindCitizen(domain, [group.Condition], new WorkBudget(1_000));
        Assert.Equal(SearchOutcome.Found, found.Outcome);
    }

    [Fact]
    public void An_exhausted_budget_is_info_LK0023_naming_the_check_and_the_work_done()
    {
        var compilation = SpecCompiler.Compile(
            [new Text.SpecSource("domain.rules", Specs.TestDomain), new Text.SpecSource("regime.rules", Regime)],
            new AnalysisOptions(MaxCoverageCells: 3));
        var stopped = compilation.Diagnostics.Where(d => d.Id == "LK0023").ToList();
        Assert.NotEmpty(stopped);
        Assert.All(stopped, d => Assert.Equal(Severity.Info, d.Severity));
        Assert.Contains(stopped, d => d.Message == "The target group coverage check of regime Lab gave up after 3 combinations of facts, without a verdict: it is unknown, not passed");
        Assert.DoesNotContain(compilation.Diagnostics, d => d.IsError);
        Assert.Contains("the other checks still ran", stopped[0].Hint);
    }

    private const string Regime = """
        regime Lab "Testregime" domain Test effective 2020-01-01 § "Testlov"
        group Ledige "Ledige" when benefit in {Dagpenge, Kontanthjaelp} and age >= 18 and not employed § "Testlov § 1"
        outside Andre "Andre" when not (benefit in {Dagpenge, Kontanthjaelp} and age >= 18 and not employed) § "Testlov § 2"
        """;
}
