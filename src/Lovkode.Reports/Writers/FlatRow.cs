using System.Text.Json.Serialization;
using Lovkode.Reports.Model;

namespace Lovkode.Reports.Writers;

/// <summary>
/// One metric row flattened for tables (CSV, Parquet): a column per number, empty where a
/// side has no estimate. Ordering is the document's, which the CLI already made deterministic.
/// One schema for every format: the columns are named in snake_case, as pandas, R and DuckDB
/// users expect; the Parquet serializer takes each property's <see cref="JsonPropertyNameAttribute"/>
/// and the CSV's header is <see cref="Columns"/>, the same names in the same order.
/// </summary>
public sealed class FlatRow
{
    /// <summary>The columns of results.csv and results.parquet, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = typeof(FlatRow).GetProperties().OrderBy(p => p.MetadataToken)
        .Select(p => p.GetCustomAttributes(typeof(JsonPropertyNameAttribute), false).OfType<JsonPropertyNameAttribute>().FirstOrDefault()?.Name)
        .Where(n => n is not null).Select(n => n!).ToArray();

    [JsonPropertyName("baseline")]
    public string Baseline { get; set; } = "";
    [JsonPropertyName("reform")]
    public string Reform { get; set; } = "";
    [JsonPropertyName("metric")]
    public string Metric { get; set; } = "";
    [JsonPropertyName("unit")]
    public string Unit { get; set; } = "";
    [JsonPropertyName("dimension")]
    public string Dimension { get; set; } = "";
    [JsonPropertyName("key")]
    public string Key { get; set; } = "";
    [JsonPropertyName("baseline_mean")]
    public double? BaselineMean { get; set; }
    [JsonPropertyName("baseline_low")]
    public double? BaselineLow { get; set; }
    [JsonPropertyName("baseline_high")]
    public double? BaselineHigh { get; set; }
    [JsonPropertyName("reform_mean")]
    public double? ReformMean { get; set; }
    [JsonPropertyName("reform_low")]
    public double? ReformLow { get; set; }
    [JsonPropertyName("reform_high")]
    public double? ReformHigh { get; set; }
    [JsonPropertyName("delta")]
    public double? Delta { get; set; }
    [JsonPropertyName("delta_low")]
    public double? DeltaLow { get; set; }
    [JsonPropertyName("delta_high")]
    public double? DeltaHigh { get; set; }
    [JsonPropertyName("relative_change")]
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
