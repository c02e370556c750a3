using Lovkode.Cli.Cluster;
using Lovkode.Cli.Commands;
using Lovkode.Cluster.Contracts;
using Lovkode.Cli.RuleSets;
using Lovkode.Cli.Running;
using Lovkode.Cli.Scenarios;
using static Lovkode.Cli.Tests.Support.InlineScenario;

namespace Lovkode.Cli.Tests.Scenarios;

/// <summary>
/// A scenario's <c>groupBy:</c> key, the same choices as <c>lovkode run --group-by</c>: its form is
/// checked when the file is read, its fact once the population model is known, each at the key.
/// </summary>
public sealed class GroupByScenarioTests
{
    private static Scenario WithGroupBy(string value) => Read(Minimal + "\ngroupBy: " + value + "\n");

    [Fact]
    public void The_key_takes_the_baseline_own_or_an_enum_fact_and_remembers_its_line()
    {
        var fact = WithGroupBy("benefit");
        Assert.Equal("benefit", fact.GroupByFact);
        Assert.Null(fact.GroupByBaseline);
        Assert.Equal(("groupBy", 7), (fact.GroupByPlace!.KeyPath, fact.GroupByPlace.Line));

        var baseline = WithGroupBy("baseline");
        Assert.True(baseline.GroupByBaseline);
        Assert.Null(baseline.GroupByFact);
        var own = WithGroupBy("own");
        Assert.False(own.GroupByBaseline);

        var none = Read(Minimal);
        Assert.Null(none.GroupByBaseline);
        Assert.Null(none.GroupByFact);
    }

    [Theory]
    [InlineData("1x")]
    [InlineData("\"by benefit\"")]
    [InlineData("[benefit]")]
    public void What_is_no_choice_is_an_error_at_the_key(string value)
    {
        var e = Assert.Throws<ScenarioException>(() => WithGroupBy(value));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(("groupBy", 7), (problem.Place!.KeyPath, problem.Place.Line));
    }

    [Fact]
    public void A_fact_the_domain_lacks_is_an_error_at_the_key_with_the_nearest_fact()
    {
        var scenario = WithGroupBy("benefits");
        var e = Assert.Throws<ScenarioException>(() => PreparedRun.Create(scenario, RuleSet.BuiltIn).Dispose());
        var problem = Assert.Single(e.Problems);
        Assert.Equal(("groupBy", 7), (problem.Place!.KeyPath, problem.Place.Line));
        Assert.Contains("'benefits' is not an enum fact of the domain 'Beskaeftigelse' (did you mean 'benefit'?)", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("benefit, readiness, municipality", problem.Detail, StringComparison.Ordinal);

        using var run = PreparedRun.Create(WithGroupBy("readiness"), RuleSet.BuiltIn);
        Assert.Equal("readiness", run.Scenario.GroupByFact);
    }

    [Fact]
    public void The_command_line_option_replaces_the_key_and_its_error_names_the_option()
    {
        var own = RunCommand.WithGrouping(WithGroupBy("benefit"), "own");
        Assert.Null(own.GroupByFact);
        Assert.False(own.GroupByBaseline);
        Assert.Null(own.GroupByPlace);

        var region = RunCommand.WithGrouping(WithGroupBy("baseline"), "region");
        var e = Assert.Throws<CliException>(() => PreparedRun.Create(region, RuleSet.BuiltIn).Dispose());
        Assert.StartsWith("--group-by: 'region' is not an enum fact of the domain 'Beskaeftigelse'; group by 'baseline', 'own' or one of its enum facts: benefit, readiness, municipality", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_worker_takes_the_grouping_the_client_resolved_whole()
    {
        var text = Minimal + "\ngroupBy: benefit\n";
        foreach (var option in new[] { "baseline", "own" })
        {
            var client = RunCommand.WithGrouping(Read(text), option);
            var settings = JobSettings.None with { GroupByBaseline = client.GroupByBaseline, GroupByFact = client.GroupByFact };
            var worker = ClusterJobs.ReadScenario(ClusterJob.Create(ClusterJobs.Build, "test.yaml", text, "/base", [], settings));
            Assert.Equal((client.GroupByBaseline, client.GroupByFact), (worker.GroupByBaseline, worker.GroupByFact));
            Assert.Null(worker.GroupByFact);
        }

        var byFact = ClusterJobs.ReadScenario(ClusterJob.Create(ClusterJobs.Build, "test.yaml", text, "/base", [], JobSettings.None with { GroupByFact = "benefit" }));
        Assert.Equal("benefit", byFact.GroupByFact);
    }
}
