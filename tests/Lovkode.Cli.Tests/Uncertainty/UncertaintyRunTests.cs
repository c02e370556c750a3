using System.Globalization;
using System.Xml.Linq;
using Lovkode.Cli.Tests.Support;
using Lovkode.Reports.Writers;
using Lovkode.Tests.Shared;
using Parquet;

namespace Lovkode.Cli.Tests.Uncertainty;

/// <summary><c>lovkode run</c> with an uncertainty analysis, as a process on a small scenario: console, results.json, the samples files, the report; bad input.</summary>
public sealed class UncertaintyRunTests : TempFolderTest
{
    private const string Small = """
        name: Small under uncertainty
        regimes:
          baseline: Sygedagpenge2025
          reforms: [Hovedlov2027]
        population:
          size: 1200
        horizon: { start: 2027-01-04, weeks: 13 }
        replications: 2
        seed: 5
        uncertainty:
          samples: 6
          vary: [Kontakt, BorgerSamtaleMinutter, DagpengeJobparat.stock]
        outputs:
          folder: out
        """;

    [Fact]
    public async Task Run_reports_the_analysis_on_the_console_in_results_json_the_samples_files_and_the_report()
    {
        var result = CliProcess.Run(Folder, "run", Write("small.yaml", Small), "--format", "parquet");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Uncertainty: 6 samples (lhs) of 4 assumptions, 15 worlds of 2 × 600 persons", result.Stdout);
        Assert.Contains("Calibration: ", result.Stdout);
        Assert.Contains("Hovedlov2027 − Sygedagpenge2025 under uncertainty", result.Stdout);
        Assert.Contains("Assumptions that matter most: caseworker.hours (change), Hovedlov2027 − Sygedagpenge2025", result.Stdout);

        var output = Path.Combine(Folder, "out");
        Assert.Equal(["report.html", "results.csv", "results.json", "results.parquet", "uncertainty-samples.csv", "uncertainty-samples.parquet"],
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var u = ResultsJson.Read(Path.Combine(output, "results.json")).Uncertainty!;
        Assert.Equal(["DagpengeJobparat.stock", "Kontakt.interval", "Kontakt.from", "BorgerSamtaleMinutter"], u.Assumptions.Select(a => a.Name));
        Assert.Equal((15, 2, 600), (u.Worlds, u.Replications, u.PersonsPerReplication));
        Assert.Equal(6, u.Calibration!.Checked);
        Assert.Equal(4, u.OneWay[0].Bars.Count);

        // Every world with its values and outcomes; the point world's outcomes are the document's points.
        var csv = File.ReadAllLines(Path.Combine(output, "uncertainty-samples.csv"));
        var header = csv[0].Split(',');
        Assert.Equal(["world", "kind", "base_row", "moved", "accepted", "DagpengeJobparat.stock", "Kontakt.interval", "Kontakt.from", "BorgerSamtaleMinutter"], header.Take(9));
        Assert.Equal(1 + 15, csv.Length);
        Assert.StartsWith("0,point,,,", csv[1]);
        Assert.Equal(8, csv.Count(l => l.Contains(",one-way-", StringComparison.Ordinal)));
        var point = csv[1].Split(',');
        foreach (var outcome in u.Outcomes)
        {
            Assert.Equal(outcome.Point, double.Parse(point[Array.IndexOf(header, outcome.Name)], CultureInfo.InvariantCulture));
        }

        await using var parquet = await ParquetReader.CreateAsync(Path.Combine(output, "uncertainty-samples.parquet"));
        Assert.Equal(header, parquet.Schema.GetDataFields().Select(f => f.Name));
        Assert.Equal(15, parquet.OpenRowGroupReader(0).RowCount);

        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("Uncertainty: Latin hypercube", html);
        Assert.Contains("Which assumptions matter: caseworker.hours (change), Hovedlov2027 − Sygedagpenge2025", html);
        foreach (var svg in ReportSvgs.Of(html)) XDocument.Parse(svg);
        var rebuilt = Path.Combine(Folder, "again.html");
        Assert.Equal(0, CliProcess.Run(Folder, "report", Path.Combine(output, "results.json"), "-o", rebuilt).ExitCode);
        Assert.Equal(html, File.ReadAllText(rebuilt));
    }

    [Fact]
    public void The_same_seed_gives_the_same_samples_on_one_thread_and_on_two()
    {
        var scenario = Write("small.yaml", Small);
        var one = CliProcess.Run(Folder, "run", scenario, "--out", Path.Combine(Folder, "one"), "--threads", "1", "--format", "csv");
        var two = CliProcess.Run(Folder, "run", scenario, "--out", Path.Combine(Folder, "two"), "--threads", "2", "--format", "csv");
        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.True(two.ExitCode == 0, two.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(Folder, "one", "uncertainty-samples.csv")), File.ReadAllText(Path.Combine(Folder, "two", "uncertainty-samples.csv")));
    }

    [Theory]
    [InlineData("--uncertainty 0", "error: --uncertainty: give 2 to 100,000 samples, not 0")]
    [InlineData("--uncertainty 1000000000", "error: --uncertainty: give 2 to 100,000 samples, not 1,000,000,000")]
    [InlineData("--uncertainty 5 --uncertainty-method morris", "error: --uncertainty-method: unknown method 'morris'; use lhs or sobol")]
    public void Bad_options_are_one_error_line_exit_code_2_and_no_output(string options, string expected)
    {
        var result = CliProcess.Run(Folder, ["run", Write("small.yaml", Small.Replace("  samples: 6\n", "", StringComparison.Ordinal)), .. options.Split(' ')]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.Stderr.Trim());
        Assert.False(Directory.Exists(Path.Combine(Folder, "out")));
    }

    [Fact]
    public void An_unknown_assumption_is_one_located_error_line_before_anything_runs_or_is_written()
    {
        var scenario = Write("small.yaml", Small.Replace("DagpengeJobparat.stock]", "DagpengeJobparat.stok]", StringComparison.Ordinal));
        var result = CliProcess.Run(Folder, "run", scenario);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {scenario}:12:42: uncertainty.vary[2]: no assumption 'DagpengeJobparat.stok' in this run; did you mean DagpengeJobparat.stock?", result.Stderr.Trim());
        Assert.Equal("", result.Stdout);
        // The folder is checked for writing first; nothing is written into it.
        var output = Path.Combine(Folder, "out");
        Assert.True(!Directory.Exists(output) || Directory.GetFileSystemEntries(output).Length == 0);
    }
}
