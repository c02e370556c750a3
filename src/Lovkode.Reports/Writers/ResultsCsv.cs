using System.Globalization;
using System.Text;
using Lovkode.Reports.Model;

namespace Lovkode.Reports.Writers;

/// <summary>results.csv: one line per metric row, RFC 4180 quoting, invariant numbers.</summary>
public static class ResultsCsv
{
    private static IReadOnlyList<string> Header => FlatRow.Columns;

    public static string Render(ResultsDocument document)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Header).Append('\n');
        foreach (var r in FlatRow.From(document))
        {
            string[] cells =
            [
                Quote(r.Baseline), Quote(r.Reform), Quote(r.Metric), Quote(r.Unit), Quote(r.Dimension), Quote(r.Key),
                Number(r.BaselineMean), Number(r.BaselineLow), Number(r.BaselineHigh),
                Number(r.ReformMean), Number(r.ReformLow), Number(r.ReformHigh),
                Number(r.Delta), Number(r.DeltaLow), Number(r.DeltaHigh), Number(r.RelativeChange),
            ];
            text.AppendJoin(',', cells).Append('\n');
        }
        return text.ToString();
    }

    public static void Write(ResultsDocument document, string path) => AtomicFile.WriteText(path, Render(document));

    private static string Number(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
