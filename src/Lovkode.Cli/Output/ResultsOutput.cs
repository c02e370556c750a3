using Lovkode.Reports.Html;
using Lovkode.Reports.Model;
using Lovkode.Reports.Writers;

namespace Lovkode.Cli;

/// <summary>Writes a run's results in the requested formats; each file appears whole or not at all.</summary>
internal static class ResultsOutput
{
    /// <param name="samples">The uncertainty analysis's worlds, written beside results.csv and results.parquet as uncertainty-samples.csv and .parquet; null when the run drew none.</param>
    public static IReadOnlyList<string> Write(ResultsDocument document, string folder, IReadOnlyList<string> formats, SampleTable? samples = null)
    {
        var written = new List<string>();
        foreach (var format in formats)
        {
            var path = Path.Combine(folder, format switch
            {
                "json" => "results.json",
                "csv" => "results.csv",
                "parquet" => "results.parquet",
                "html" => "report.html",
                _ => throw new CliException($"unknown output format '{format}'"),
            });
            switch (format)
            {
                case "json": ResultsJson.Write(document, path); break;
                case "csv": ResultsCsv.Write(document, path); break;
                case "parquet": ResultsParquet.WriteAsync(document, path).GetAwaiter().GetResult(); break;
                case "html": HtmlReport.Write(document, path); break;
            }
            written.Add(path);
            if (samples is not null && format is "csv" or "parquet")
            {
                var samplesPath = Path.Combine(folder, $"uncertainty-samples.{format}");
                if (format == "csv") SamplesCsv.Write(samples, samplesPath);
                else SamplesParquet.WriteAsync(samples, samplesPath).GetAwaiter().GetResult();
                written.Add(samplesPath);
            }
        }
        return written;
    }
}
