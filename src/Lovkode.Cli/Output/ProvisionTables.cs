using Lovkode.Cli.Provisions;
using Lovkode.Reports.Html;
using Lovkode.Reports.Model;
using Spectre.Console;

namespace Lovkode.Cli;

/// <summary>
/// A reform's split by provision on the console: the provisions with their statements, places
/// and citations, then a table per chart metric (interviews, caseworker hours and cost) of each
/// provision's share of the delta, its standard error and its part of the total.
/// </summary>
internal static class ProvisionTables
{
    public static void Write(ResultsDocument document, bool interactive, TextWriter plain)
    {
        foreach (var split in document.ProvisionSplits ?? [])
        {
            var method = split.Method == "exact"
                ? "exact: every coalition"
                : $"sampled: {split.Permutations} paired orderings per replication";
            var title = $"Provisions of {split.Reform} against {split.Baseline} ({split.Provisions.Count}; {method}; {split.Replications} replication(s) of {split.Population:N0} persons, {split.Runs} coalition runs, {split.Seconds:0.0} s)";
            var legend = split.Provisions.Select(p => new[]
            {
                p.Id,
                p.Kind,
                p.Text + (p.Also.Count > 0 ? $" (with {string.Join("; ", p.Also)})" : "") + (p.Requires.Count > 0 ? $" [acts only with {string.Join(", ", p.Requires)}]" : ""),
                p.Place,
                p.Citation,
            }).ToList();
            Table(interactive, plain, title, ["Provision", "Kind", "Statement", "Where", "Citation"], legend);

            foreach (var metric in Reports.Html.ReportCharts.Metrics.Select(m => split.Metrics.FirstOrDefault(x => x.Metric == m.Name)).Where(m => m is not null))
            {
                var rows = metric!.Shares.Select(s => new[]
                {
                    s.Id, Format.Value(s.Value), s.StandardError is { } se ? "± " + Format.Value(1.96 * se) : "", ProvisionDocument.Percent(s.OfTotal),
                }).ToList();
                rows.Add(["Total (reform − baseline)", Format.Value(metric.Total), metric.TotalStandardError is { } tse ? "± " + Format.Value(1.96 * tse) : "", metric.Total == 0 ? "–" : "100.0%"]);
                Table(interactive, plain, $"{metric.Metric} ({metric.Unit}): {split.Reform} − {split.Baseline} by provision (baseline {Format.Value(metric.Baseline)}, reform {Format.Value(metric.Reform)}; ± is 1.96 standard errors, from {split.ErrorSource})",
                    ["Provision", "Share", "±", "Of total"], rows);
            }
        }
    }

    private static void Table(bool interactive, TextWriter plain, string title, string[] header, List<string[]> cells)
    {
        if (interactive)
        {
            var table = new Table { Title = new TableTitle(Markup.Escape(title)), Border = TableBorder.Rounded };
            for (var i = 0; i < header.Length; i++)
            {
                var column = new TableColumn(Markup.Escape(header[i]));
                table.AddColumn(header.Length == 4 && i > 0 ? column.RightAligned() : column);
            }
            foreach (var row in cells) table.AddRow(row.Select(Markup.Escape).ToArray());
            AnsiConsole.Write(table);
            return;
        }
        var widths = header.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        plain.WriteLine(title);
        plain.WriteLine(Line(header, widths, header.Length == 4));
        foreach (var row in cells) plain.WriteLine(Line(row, widths, header.Length == 4));
        plain.WriteLine();
    }

    private static string Line(string[] row, int[] widths, bool numeric) =>
        string.Join("  ", row.Select((cell, i) => i == 0 || !numeric ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd();
}
