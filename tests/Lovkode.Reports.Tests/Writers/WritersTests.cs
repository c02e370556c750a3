using Lovkode.Reports.Model;
using Lovkode.Reports.Writers;
using Lovkode.Simulation.Metrics;
using Lovkode.Tests.Shared;

namespace Lovkode.Reports.Tests.Writers;

public sealed class WritersTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lovkode-writers-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Json_round_trips_the_document()
    {
        var document = SampleResults.Create();
        var path = Path.Combine(_folder, "results.json");
        ResultsJson.Write(document, path);
        var back = ResultsJson.Read(path);
        Assert.Equal(ResultsJson.Serialize(document), ResultsJson.Serialize(back));
        Assert.Equal(document.Comparisons[0].Rows.Count, back.Comparisons[0].Rows.Count);
        Assert.Null(back.Comparisons[0].Rows.First(r => r.Key == "Jobhjaelp").Baseline);
        Assert.Equal(new PracticeSummary(true, 7, 26, "Jobsamtale"), back.Scenario.Practice);
    }

    [Fact]
    public void A_document_written_before_practice_was_recorded_still_reads()
    {
        var document = SampleResults.Create();
        var path = Path.Combine(_folder, "older.json");
        File.WriteAllText(path, System.Text.RegularExpressions.Regex.Replace(
            ResultsJson.Serialize(document with { Scenario = document.Scenario with { Practice = null } }), @",\s*""practice"": null", ""));
        Assert.DoesNotContain("practice", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Null(ResultsJson.Read(path).Scenario.Practice);
    }

    [Theory]
    [InlineData("{", "not a results file")]
    [InlineData("{\"format\": \"something-else\"}", "expected \"format\": \"lovkode-results/1\"")]
    [InlineData("[1, 2]", "not a results file")]
    public void A_file_that_is_not_results_is_one_clear_error(string text, string expected)
    {
        var path = Path.Combine(_folder, "bad.json");
        File.WriteAllText(path, text);
        var e = Assert.Throws<ReportInputException>(() => ResultsJson.Read(path));
        Assert.StartsWith(path, e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Csv_has_a_header_and_a_line_per_row_with_invariant_numbers()
    {
        var document = SampleResults.Create();
        var lines = ResultsCsv.Render(document).TrimEnd('\n').Split('\n');
        Assert.StartsWith("baseline,reform,metric,unit,dimension,key,baseline_mean", lines[0]);
        Assert.Equal(document.Comparisons[0].Rows.Count + 1, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("Kontaktforloeb2024,Reform2026,interviews,count,total,,2400000,", StringComparison.Ordinal));
        // A regime-only group leaves the baseline and delta cells empty rather than writing 0.
        Assert.Contains(lines, l => l.StartsWith("Kontaktforloeb2024,Reform2026,interviews,count,group,Jobhjaelp,,,,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Parquet_holds_the_same_rows()
    {
        var document = SampleResults.Create();
        var path = Path.Combine(_folder, "results.parquet");
        await ResultsParquet.WriteAsync(document, path);
        var rows = await ResultsParquet.ReadAsync(path);
        Assert.Equal(document.Comparisons[0].Rows.Count, rows.Count);
        var total = rows.Single(r => r.Metric == MetricCatalogue.Interviews.Name && r.Dimension == MetricRow.Total);
        Assert.Equal(2_400_000, total.BaselineMean);
        Assert.Equal(-500_000, total.Delta!.Value, 6);
    }

    [Fact]
    public async Task Parquet_has_the_csv_s_snake_case_columns_in_the_same_order()
    {
        var document = SampleResults.Create();
        var path = Path.Combine(_folder, "results.parquet");
        await ResultsParquet.WriteAsync(document, path);
        string[] parquet;
        await using (var stream = File.OpenRead(path))
        {
            await using var reader = await Parquet.ParquetReader.CreateAsync(stream);
            parquet = reader.Schema.GetDataFields().Select(f => f.Name).ToArray();
        }
        var csv = ResultsCsv.Render(document).Split('\n')[0].Split(',');
        Assert.Equal(csv, parquet);
        Assert.Contains("baseline_mean", parquet);
        Assert.Contains("delta_low", parquet);
        Assert.All(parquet, c => Assert.Matches("^[a-z]+(_[a-z]+)*$", c));
    }

    [Fact]
    public void A_failed_write_leaves_neither_the_target_nor_a_temp_file()
    {
        var path = Path.Combine(_folder, "out.json");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.WriteByte(1);
            throw new InvalidOperationException("disk full");
        }));
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void A_write_replaces_an_old_file_whole()
    {
        var path = Path.Combine(_folder, "out.txt");
        File.WriteAllText(path, "old content that is longer");
        AtomicFile.WriteText(path, "new");
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_folder));
    }
}
