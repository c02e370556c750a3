using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Reports;

namespace Lovkode.Benchmarks.Infrastructure;

/// <summary>The configuration every suite shares: results as GitHub markdown and CSV, ratios, peak memory.</summary>
public static class SuiteConfig
{
    /// <summary>Where BenchmarkDotNet and the studies write their results.</summary>
    public static string ArtifactsPath { get; } = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts");

    public static IConfig Create() =>
        DefaultConfig.Instance
            .WithArtifactsPath(ArtifactsPath)
            .AddExporter(MarkdownExporter.GitHub, CsvExporter.Default)
            .AddColumn(new PersonWeeksColumn(), new PeakWorkingSetColumn())
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
}
