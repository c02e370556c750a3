namespace Lovkode.Simulation.Metrics;

/// <summary>
/// The id of a metric the simulator reports: the name it has in results.json, results.csv and a
/// scenario's stop rule. Only <see cref="MetricCatalogue"/> makes one (a fixed metric, a member
/// of a family such as interviews by actor, or a name it recognises), so a metric the CLI or the
/// reports name is one the simulator computes: renaming a metric breaks their build, not a chart.
/// </summary>
public readonly struct MetricId : IEquatable<MetricId>
{
    internal MetricId(string name) => Name = name;

    public string Name { get; }

    public bool Equals(MetricId other) => string.Equals(Name, other.Name, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is MetricId other && Equals(other);

    public override int GetHashCode() => Name is null ? 0 : StringComparer.Ordinal.GetHashCode(Name);

    public static bool operator ==(MetricId left, MetricId right) => left.Equals(right);

    public static bool operator !=(MetricId left, MetricId right) => !left.Equals(right);

    public override string ToString() => Name ?? "";
}
