using System.Xml.Linq;
using Lovkode.Cli.Tests.Support;
using Lovkode.Reports.Html;
using Lovkode.Reports.Model;

namespace Lovkode.Cli.Tests.Reports;

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
        var svgs = Svgs(Html);
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

    internal static List<string> Svgs(string html)
    {
        var result = new List<string>();
        var at = 0;
        while ((at = html.IndexOf("<svg", at, StringComparison.Ordinal)) >= 0)
        {
            var end = html.IndexOf("</svg>", at, StringComparison.Ordinal) + "</svg>".Length;
            result.Add(html[at..end]);
            at = end;
        }
        return result;
    }
}

/// <summary>The section of a reform split by provision: a waterfall per chart metric and a table, every text escaped.</summary>
public sealed class ProvisionSectionTests
{
    private static ResultsDocument WithSplit()
    {
        var shares = new[] { ("Ny.regroup", -120.0), ("Ny.quota.Samtale<b>", 30.0), ("rest", -10.0) };
        var metrics = new[] { "interviews", "caseworker.hours", "caseworker.dkk" }.Select(m => new ProvisionMetric(m, "hours", 1000, 900, -100, 2.5,
            shares.Select(s => new ProvisionShare(s.Item1, s.Item2, 1.0, s.Item2 / -100)).ToList())).ToList();
        var provisions = new[]
        {
            new ProvisionInfo("Ny.regroup", "Ny", "regroup", "regroup into 2 groups", "§ <script>alert(1)</script> & co", "ny.rules:3:1", ["override parameter Frist (ny.rules:9:1)"], [], null, null),
            new ProvisionInfo("Ny.quota.Samtale<b>", "Ny", "quota", "quota Samtale", "assumed: \"quoted\"", "ny.rules:12:1", [], ["Ny.regroup"], "2026-07-01", null),
            new ProvisionInfo("rest", "", "rest", "the other 2 provisions together", "", "", ["A", "B"], [], null, null),
        };
        var split = new ProvisionSplit("Base<i>", "Reform & Co", "sampled", 16, 300, 2, 5000, 7, 12.5, "rule text", provisions, metrics, ["Ny: parameter X (ny.rules:5:1)"]);
        return SampleResults.Create() with { ProvisionSplits = [split] };
    }

    [Fact]
    public void A_split_adds_a_waterfall_per_chart_metric_and_escapes_every_text()
    {
        var html = HtmlReport.Render(WithSplit());
        Assert.Contains("Reform &amp; Co against Base&lt;i&gt;: the delta by provision", html);
        Assert.Contains("§ &lt;script&gt;alert(1)&lt;/script&gt; &amp; co", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("acts only with Ny.regroup", html);
        Assert.Contains("Statements that are no provision", html);
        var svgs = HtmlReportTests.Svgs(html);
        Assert.Equal(4 + 3, svgs.Count);
        foreach (var svg in svgs.Skip(4))
        {
            var doc = XDocument.Parse(svg);
            Assert.True(doc.Descendants().Count(e => e.Name.LocalName is "rect" or "path" or "polygon") > 4, "the waterfall has no shapes");
        }
    }

    [Fact]
    public void The_waterfall_steps_end_at_the_total()
    {
        var document = WithSplit();
        var split = document.ProvisionSplits![0];
        var chart = ProvisionSection.Chart(split, split.Metrics[1]);
        Assert.Equal(["Ny: regroup into 2 groups", "Ny: quota Samtale", "the other 2 provisions together"], chart.Steps.Select(s => s.Label));
        Assert.Equal(chart.Total, chart.Steps.Sum(s => s.Value));
        Assert.Equal(1.96 * 2.5, chart.TotalError, 12);
    }

    [Fact]
    public void A_document_without_a_split_has_no_section_and_reads_back()
    {
        var html = HtmlReport.Render(SampleResults.Create());
        Assert.DoesNotContain("by provision", html);
        var json = Lovkode.Reports.Writers.ResultsJson.Serialize(WithSplit());
        var back = Lovkode.Reports.Writers.ResultsJson.Parse(json, "x.json");
        Assert.Equal(3, back.ProvisionSplits![0].Provisions.Count);
        Assert.Equal(-120, back.ProvisionSplits[0].Metrics[0].Shares[0].Value);
    }
}
