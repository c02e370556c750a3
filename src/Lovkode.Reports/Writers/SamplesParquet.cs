using Lovkode.Reports.Model;
using Parquet;
using Parquet.Schema;

namespace Lovkode.Reports.Writers;

/// <summary>
/// uncertainty-samples.parquet: the columns of <see cref="SamplesCsv"/>, typed (int, string, bool,
/// double; base_row and moved nullable, a number that is not finite stored as NaN), one row group.
/// A column's name is the assumption's or outcome's name as it is, dots and colons included.
/// </summary>
public static class SamplesParquet
{
    public static Task WriteAsync(SampleTable table, string path) => AtomicFile.WriteAsync(path, stream => Serialize(table, stream));

    private static async Task Serialize(SampleTable table, Stream stream)
    {
        var names = SamplesCsv.Header(table);
        var world = new DataField<int>(names[0]);
        var kind = new DataField<string>(names[1]);
        var baseRow = new DataField<int?>(names[2]);
        var moved = new DataField<string>(names[3]);
        var accepted = new DataField<bool>(names[4]);
        var numbers = names.Skip(5).Select(n => new DataField<double>(n)).ToList();
        var schema = new ParquetSchema([world, kind, baseRow, moved, accepted, .. numbers]);
        var rows = table.Rows;
        await using var writer = await ParquetWriter.CreateAsync(schema, stream).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<int>(world, rows.Select(r => r.World).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(kind, rows.Select(r => r.Kind).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<int>(baseRow, rows.Select(r => r.BaseRow).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(moved, rows.Select(r => r.Moved).ToArray()!).ConfigureAwait(false);
        await group.WriteAsync<bool>(accepted, rows.Select(r => r.Accepted).ToArray()).ConfigureAwait(false);
        for (var c = 0; c < numbers.Count; c++)
        {
            var column = new double[rows.Count];
            for (var i = 0; i < rows.Count; i++) column[i] = Cell(rows[i], c);
            await group.WriteAsync<double>(numbers[c], column).ConfigureAwait(false);
        }
        group.CompleteValidate();
    }

    /// <summary>Number column <paramref name="c"/> of a row: its values, then its outcomes, then its calibration.</summary>
    internal static double Cell(SampleTableRow row, int c)
    {
        if (c < row.Values.Count) return row.Values[c];
        c -= row.Values.Count;
        if (c < row.Outcomes.Count) return row.Outcomes[c];
        return row.Calibration[c - row.Outcomes.Count];
    }
}
