namespace Lovkode.Simulation.Results;

/// <summary>
/// A lookup by (metric, group, area) over one result's rows, owned by that result and built on
/// its first look-up: a run has tens of thousands of rows and a report looks many of them up.
/// It is a cache, not part of the result's value: every index equals every other, so the
/// record's equality stays about its rows; and it is rebuilt when asked about another list
/// (a copy made with <c>with { Estimates = … }</c> shares the index object but not the rows).
/// </summary>
internal sealed class EstimateIndex<T>(Func<T, (string Metric, string Group, string Area)> key)
    where T : class
{
    private Built? _built;

    public T? Find(IReadOnlyList<T> rows, string metric, string group, string area)
    {
        // Two threads may build it at once; each builds the same map, and either one is kept.
        var built = Volatile.Read(ref _built);
        if (built is null || !ReferenceEquals(built.Rows, rows))
        {
            var map = new Dictionary<(string, string, string), int>(rows.Count);
            for (var i = 0; i < rows.Count; i++) map.TryAdd(key(rows[i]), i);
            built = new Built(rows, map);
            Volatile.Write(ref _built, built);
        }
        return built.Map.TryGetValue((metric, group, area), out var at) ? rows[at] : null;
    }

    public override bool Equals(object? obj) => obj is EstimateIndex<T>;

    public override int GetHashCode() => 0;

    private sealed record Built(IReadOnlyList<T> Rows, Dictionary<(string, string, string), int> Map);
}
