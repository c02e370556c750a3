using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;

namespace Lovkode.Benchmarks.Infrastructure;

/// <summary>The configuration every suite shares: BenchmarkDotNet's defaults (GitHub markdown, CSV and HTML results), ratios as trends, person-weeks a second and peak memory.</summary>
public static class SuiteConfig
{
    /// <summary>Where BenchmarkDotNet and the studies write their results.</summary>
    public static string ArtifactsPath { get; } = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts");

    public static IConfig Create() =>
        DefaultConfig.Instance
            .WithArtifactsPath(ArtifactsPath)
            .AddColumn(new PersonWeeksColumn(), new PeakWorkingSetColumn())
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
}
