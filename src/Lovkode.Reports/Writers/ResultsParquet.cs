using Lovkode.Reports.Model;
using Parquet.Serialization;

namespace Lovkode.Reports.Writers;

/// <summary>results.parquet: the same rows as the CSV, typed, for analysis tools.</summary>
public static class ResultsParquet
{
    public static Task WriteAsync(ResultsDocument document, string path) =>
        AtomicFile.WriteAsync(path, stream => ParquetSerializer.SerializeAsync(FlatRow.From(document).ToList(), stream));

    public static async Task<IList<FlatRow>> ReadAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        var result = await ParquetSerializer.DeserializeAsync<FlatRow>(stream).ConfigureAwait(false);
        return result.Data;
    }
}
