using Lovkode.Reports.Model;

namespace Lovkode.Reports.Writers;

/// <summary>
/// One metric row flattened for tables (CSV, Parquet): a column per number, empty where a
/// side has no estimate. Ordering is the document's, which the CLI already made deterministic.
/// </summary>
public sealed class FlatRow
{
    public string Baseline { get; set; } = "";
    public string Reform { get; set; } = "";
    public string Metric { get; set; } = "";
    public string Unit { get; set; } = "";
    public string Dimension { get; set; } = "";
    public string Key { get; set; } = "";
    public double? BaselineMean { get; set; }
    public double? BaselineLow { get; set; }
    public double? BaselineHigh { get; set; }
    public double? ReformMean { get; set; }
    public double? ReformLow { get; set; }
    public double? ReformHigh { get; set; }
    public double? Delta { get; set; }
    public double? DeltaLow { get; set; }
    public double? DeltaHigh { get; set; }
    public double? RelativeChange { get; set; }

    public static IEnumerable<FlatRow> From(ResultsDocument document) =>
        document.Comparisons.SelectMany(c => c.Rows.Select(r => new FlatRow
        {
            Baseline = c.Baseline,
            Reform = c.Reform,
            Metric = r.Metric,
            Unit = r.Unit,
            Dimension = r.Dimension,
            Key = r.Key,
            BaselineMean = r.Baseline?.Mean,
            BaselineLow = r.Baseline?.Low,
            BaselineHigh = r.Baseline?.High,
            ReformMean = r.Reform?.Mean,
            ReformLow = r.Reform?.Low,
            ReformHigh = r.Reform?.High,
            Delta = r.Delta?.Mean,
            DeltaLow = r.Delta?.Low,
            DeltaHigh = r.Delta?.High,
            RelativeChange = r.RelativeChange,
        }));
}
