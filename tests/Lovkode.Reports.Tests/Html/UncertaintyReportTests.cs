using System.Xml.Linq;
using Lovkode.Reports.Html;
using Lovkode.Reports.Model;
using Lovkode.Reports.Writers;
using Lovkode.Tests.Shared;
using Parquet;

namespace Lovkode.Reports.Tests.Html;

/// <summary>The uncertainty section of the report, results.json and the samples files, from a hand-made analysis with hostile names.</summary>
public sealed class UncertaintyReportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lovkode-uncertainty-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Hostile = "Stock<script>alert(1)</script>&co";

    private static UncertaintySummary Summary()
    {
        OutcomeInterval Outcome(string name, string kind, string metric, double point) =>
            new(name, kind, metric, "Reform", "Basis", kind == "change" ? "share" : "hours", metric, point, 40, point * 1.01, point, point * 1.2, point * 0.8, point * 1.3, point * 0.7, 0.97, 1e6, 60, point, point * 1.4, point * 0.6, 0.96);
        return new UncertaintySummary("sobol", 8, 41, 2, 500, 3, 1.5, 4,
            [new VaryingAssumption(Hostile, "model", "persons", "model <M>", "persons", 10, 5, 15, "triangular", false, "assumed", "low", "assumed: a \"quoted\" reason", "M.rules:3:4"),
             new VaryingAssumption("Minutes[2]", "law", "Minutes", "every group; in Basis, Reform", "minutes", 20, 10, 40, "uniform", false, "assumed", null, "assumed: none", null)],
            [new HeldValue("Effect.multiplier", "model", "the run does not use it")],
            [Outcome("arm:Basis:caseworker.hours", "arm", "caseworker.hours", 1000), Outcome("delta:Reform:caseworker.hours", "delta", "caseworker.hours", -300), Outcome("change:Reform:caseworker.hours", "change", "caseworker.hours", -0.3)],
            new CalibrationSection([new CalibrationTargetRow("Target<1>", "interviews", "Basis", "2024-01-01", 52, 100, 0.1, "§ source & co", 98)], true, 8, 6, 0.75),
            [new TornadoSection("change:Reform:caseworker.hours", "t", "share", -0.3, [new TornadoRow(Hostile, 5, 15, -0.25, -0.36, 0.11, true, false), new TornadoRow("Minutes[2]", 10, 40, -0.32, -0.29, 0.03, null, null)])],
            [new SobolSection("change:Reform:caseworker.hours", "t", 0.01, 0.95, 8, [new SobolRow(Hostile, 0.6, 0.4, 0.8, 0.7, 0.5, 0.9), new SobolRow("Minutes[2]", 0.1, -0.1, 0.3, 0.2, 0.0, 0.4)])]);
    }

    private static string Html => HtmlReport.Render(SampleResults.Create() with { Uncertainty = Summary() });

    [Fact]
    public void The_section_shows_calibration_intervals_a_tornado_and_sobol_chart_with_their_tables()
    {
        var html = Html;
        Assert.Contains("<h2>Uncertainty: Saltelli design with Sobol&#x27; indices</h2>", html);
        Assert.Contains("6 of 8 sampled worlds reproduce every target", html);
        Assert.Contains("<h3>Reform − Basis</h3>", html);
        Assert.Contains("<td>caseworker.hours (change)</td><td class=\"n\">-30.0%</td>", html);
        Assert.Contains("Which assumptions matter: caseworker.hours (change), Reform − Basis", html);
        Assert.Contains("<td>yes, no</td>", html);
        Assert.Contains("<td>not checked, not checked</td>", html);
        Assert.Contains("[0.500, 0.900]", html);
        var charts = ReportSvgs.Of(html);
        Assert.Equal(4 + 2, charts.Count);
        foreach (var svg in charts) XDocument.Parse(svg);
    }

    [Fact]
    public void Every_string_is_escaped_in_tables_and_charts()
    {
        var html = Html;
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("Stock&lt;script&gt;alert(1)&lt;/script&gt;&amp;co", html);
        Assert.Contains("Target&lt;1&gt;", html);
        Assert.Contains("assumed: a &quot;quoted&quot; reason", html);
    }

    [Fact]
    public void A_document_without_an_analysis_has_no_section_and_results_json_round_trips_one()
    {
        Assert.DoesNotContain("Uncertainty:", HtmlReport.Render(SampleResults.Create()));
        var document = SampleResults.Create() with { Uncertainty = Summary() };
        var back = ResultsJson.Parse(ResultsJson.Serialize(document), "r.json");
        Assert.Equal(ResultsJson.Serialize(document), ResultsJson.Serialize(back));
        Assert.Contains("\"uncertainty\": null", ResultsJson.Serialize(SampleResults.Create()));
    }

    [Fact]
    public async Task The_samples_files_hold_every_world_and_read_back()
    {
        var table = new SampleTable(["a,b", "Minutes[2]"], ["change:Reform:interviews"], ["Samtaler"],
        [
            new SampleTableRow(0, "point", null, null, true, [1, 20], [-0.25], [2.4e6]),
            new SampleTableRow(1, "sobol-ab", 0, "a,b", false, [1.5, 30], [double.NaN], [2.1e6]),
        ]);
        var csv = SamplesCsv.Render(table).Split('\n');
        Assert.Equal("world,kind,base_row,moved,accepted,\"a,b\",Minutes[2],change:Reform:interviews,target:Samtaler", csv[0]);
        Assert.Equal("0,point,,,true,1,20,-0.25,2400000", csv[1]);
        Assert.Equal("1,sobol-ab,0,\"a,b\",false,1.5,30,,2100000", csv[2]);

        var path = Path.Combine(_folder, "s.parquet");
        await SamplesParquet.WriteAsync(table, path);
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(SamplesCsv.Header(table), fields.Select(f => f.Name));
        using var group = reader.OpenRowGroupReader(0);
        var minutes = new double[2];
        await group.ReadAsync<double>(fields[6], minutes);
        Assert.Equal([20.0, 30.0], minutes);
        var moved = new string[2];
        await group.ReadAsync(fields[3], moved);
        Assert.Null(moved[0]);
        Assert.Equal("a,b", moved[1]);
    }
}
