using Spectre.Console;

namespace Lovkode.Cli;

/// <summary>
/// One table of the console output: a Spectre table on a terminal; aligned plain text when the
/// output is redirected, so logs and pipes stay clean. The first column is left-aligned (names),
/// the rest right-aligned (numbers). Every cell and title is escaped: names come from user specs.
/// </summary>
internal static class TextTable
{
    public static void Write(bool interactive, TextWriter plain, string title, IReadOnlyList<string> columns, IReadOnlyList<string[]> rows)
    {
        if (rows.Count == 0) return;
        if (interactive)
        {
            var table = new Table { Title = new TableTitle(Markup.Escape(title)), Border = TableBorder.Rounded };
            table.AddColumn(new TableColumn(Markup.Escape(columns[0])));
            foreach (var column in columns.Skip(1)) table.AddColumn(new TableColumn(Markup.Escape(column)).RightAligned());
            foreach (var row in rows) table.AddRow(row.Select(Markup.Escape).ToArray());
            AnsiConsole.Write(table);
            return;
        }
        var widths = columns.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        plain.WriteLine(title);
        plain.WriteLine(Aligned(columns, widths));
        foreach (var row in rows) plain.WriteLine(Aligned(row, widths));
        plain.WriteLine();
    }

    private static string Aligned(IReadOnlyList<string> row, int[] widths) =>
        string.Join("  ", row.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd();
}
