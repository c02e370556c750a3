using System.Globalization;
using System.Text;
using Lovkode.Reports.Model;

namespace Lovkode.Reports.Writers;

/// <summary>
/// uncertainty-samples.csv: one line per world of an uncertainty analysis, RFC 4180 quoting,
/// invariant numbers (round-trip precision, so a quantile recomputed from the file is the
/// report's). Columns: world, kind, base_row, moved, accepted, then each varying assumption, each
/// outcome, and each calibration target as <c>target:Name</c>.
/// </summary>
public static class SamplesCsv
{
    public static IReadOnlyList<string> Header(SampleTable table) =>
        ["world", "kind", "base_row", "moved", "accepted", .. table.Assumptions, .. table.Outcomes, .. table.Targets.Select(t => "target:" + t)];

    public static string Render(SampleTable table)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Header(table).Select(Quote)).Append('\n');
        foreach (var row in table.Rows)
        {
            text.Append(row.World.ToString(CultureInfo.InvariantCulture)).Append(',').Append(Quote(row.Kind)).Append(',')
                .Append(row.BaseRow?.ToString(CultureInfo.InvariantCulture) ?? "").Append(',').Append(Quote(row.Moved ?? "")).Append(',')
                .Append(row.Accepted ? "true" : "false");
            foreach (var v in row.Values.Concat(row.Outcomes).Concat(row.Calibration)) text.Append(',').Append(Number(v));
            text.Append('\n');
        }
        return text.ToString();
    }

    public static void Write(SampleTable table, string path) => AtomicFile.WriteText(path, Render(table));

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
