using Lovkode.Cli.Scenarios;
using Lovkode.Reports.Html;
using Lovkode.Simulation.Metrics;

namespace Lovkode.Cli.Tests.Reports;

/// <summary>
/// The CLI and the reports name metrics only through the simulator's catalogue, so a renamed or
/// removed metric breaks the build instead of silently dropping a table or chart. This checks the
/// lists they show, and that a default(MetricId) (the one id not made by the catalogue) is none of them.
/// </summary>
public sealed class MetricIdTests
{
    public static TheoryData<string, MetricId> Named()
    {
        var data = new TheoryData<string, MetricId>();
        foreach (var id in ConsoleTables.Headline) data.Add("console table", id);
        foreach (var id in ReportCharts.Metrics) data.Add("report chart", id);
        foreach (var id in HtmlReport.MunicipalityMetrics) data.Add("report's municipality table", id);
        foreach (var id in MetricCatalogue.CaseworkerHoursByActivity) data.Add("activity breakdown", id);
        foreach (var id in UncertaintySection.ChartMetrics) data.Add("report's uncertainty charts", id);
        data.Add("default scenario's stop rule", DefaultScenario.Read().Replications.StopMetric!.Value);
        return data;
    }

    [Theory]
    [MemberData(nameof(Named))]
    public void Every_metric_the_cli_and_the_reports_name_is_in_the_catalogue(string where, MetricId id)
    {
        Assert.False(string.IsNullOrEmpty(id.Name), where);
        Assert.Contains(MetricCatalogue.Fixed, m => m.Id == id);
        Assert.True(MetricCatalogue.TryParse(id.Name, out var parsed) && parsed == id, $"{where}: {id}");
    }

    [Fact]
    public void Every_caseworker_hours_metric_of_an_activity_is_in_the_activity_breakdown()
    {
        var activities = MetricCatalogue.Fixed.Where(m => m.Name.StartsWith(MetricCatalogue.CaseworkerHours.Name + ".", StringComparison.Ordinal)).Select(m => m.Id);
        Assert.Equal(activities.Order(Comparer<MetricId>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name))),
            MetricCatalogue.CaseworkerHoursByActivity.Order(Comparer<MetricId>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name))));
    }

    [Theory]
    [InlineData("interviews", true)]
    [InlineData("interviews.actor.Jobcenter", true)]
    [InlineData("interviews.channel.TelefonVideo", true)]
    [InlineData("interviews.actor.", false)]
    [InlineData("interviews.actor.Job center", false)]
    [InlineData("samtaler", false)]
    [InlineData("", false)]
    public void A_name_parses_only_when_the_catalogue_has_it(string name, bool known)
    {
        Assert.Equal(known, MetricCatalogue.TryParse(name, out var id));
        if (known) Assert.Equal(name, id.Name);
    }
}
