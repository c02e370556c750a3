using System.Xml.Linq;
using Lovkode.Reports.Html;
using Lovkode.Reports.Model;
using Lovkode.Tests.Shared;

namespace Lovkode.Reports.Tests.Html;

public sealed class HtmlReportTests
{
    private static readonly string Html = HtmlReport.Render(SampleResults.Create());

    [Fact]
    public void The_summary_line_says_how_practice_contact_was_simulated()
    {
        Assert.Contains("practice contact every 7 weeks from spell week 26, costed as Jobsamtale", Html);
        var document = SampleResults.Create();
        var off = HtmlReport.Render(document with { Scenario = document.Scenario with { Practice = new PracticeSummary(false, 7, 26, "Jobsamtale") } });
        Assert.Contains("practice contact off", off);
        var older = HtmlReport.Render(document with { Scenario = document.Scenario with { Practice = null } });
        Assert.DoesNotContain("practice contact", older);
    }

    [Fact]
    public void The_report_is_self_contained()
    {
        Assert.DoesNotContain("<script", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(http", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_chart_is_an_inline_svg_with_bars()
    {
        var svgs = ReportSvgs.Of(Html);
        Assert.Equal(4, svgs.Count);
        foreach (var svg in svgs)
        {
            var doc = XDocument.Parse(svg);
            Assert.Equal("svg", doc.Root!.Name.LocalName);
            Assert.True(doc.Descendants().Count(e => e.Name.LocalName is "rect" or "path" or "polygon") > 5, "the chart has no shapes");
        }
        Assert.Contains("Interviews by target group", Html);
        Assert.Contains("Caseworker hours by activity", Html);
        Assert.Contains("Change in caseworker hours in each of the 5 municipalities", Html);
    }

    [Fact]
    public void The_municipality_chart_has_a_row_for_each_of_98_municipalities_each_name_on_its_own_line()
    {
        var names = Enumerable.Range(1, 98).Select(i => $"Kommune{i:00}").ToList();
        var chart = new BarChart("Change in caseworker hours in each of the 98 municipalities", "% change", names,
            [new ChartSeries("% change (95% CI)", "#55a868", names.Select((_, i) => i - 50.0).ToList(), names.Select(_ => 2.0).ToList())]) { Horizontal = true };
        var svg = XDocument.Parse(SvgCharts.Render(chart));
        var height = double.Parse(svg.Root!.Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(height >= 98 * SvgCharts.RowHeight, $"{height} px for 98 rows");
        var labels = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.All(names, n => Assert.Contains(n, labels));
    }

    [Fact]
    public void Text_from_the_results_is_escaped()
    {
        Assert.Contains("Sample &lt;scenario&gt; &amp; co", Html);
        Assert.DoesNotContain("<scenario>", Html);
    }

    [Fact]
    public void The_parameter_table_shows_sources_and_marks_overrides()
    {
        Assert.Contains("§ LBI § 13, stk. 1", Html);
        Assert.Contains("<tr class=\"override\">", Html);
        Assert.Contains("(scenario override)", Html);
    }

    [Fact]
    public void Totals_show_delta_ci_and_relative_change()
    {
        Assert.Contains("-500,000", Html);
        Assert.Contains("-20.8%", Html);
        Assert.Contains("[-550,000, -450,000]", Html);
    }
}
