using System.Runtime.CompilerServices;

namespace Lovkode.Simulation.Results;

/// <summary>
/// A lookup by (metric, group, area) over a result's rows, built on first use and kept
/// beside the list (not in the record, so record equality stays about the rows). A run has tens
/// of thousands of rows and a report looks many of them up.
/// </summary>
internal static class EstimateIndex
{
    private static readonly ConditionalWeakTable<object, Dictionary<(string, string, string), int>> Indexes = new();

    public static T? Find<T>(IReadOnlyList<T> rows, Func<T, (string, string, string)> key, string metric, string group, string area)
        where T : class
    {
        var index = Indexes.GetValue(rows, _ =>
        {
            var map = new Dictionary<(string, string, string), int>(rows.Count);
            for (var i = 0; i < rows.Count; i++) map.TryAdd(key(rows[i]), i);
            return map;
        });
        return index.TryGetValue((metric, group, area), out var at) ? rows[at] : null;
    }
}
