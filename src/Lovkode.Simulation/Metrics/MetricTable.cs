using Lovkode.Simulation.Results;

namespace Lovkode.Simulation.Metrics;

/// <summary>
/// One run's metrics (<see cref="MetricCatalogue"/> with the domain's actors and channels and the
/// run's hourly rate and hours per FTE bound in), indexed as the result rows are ordered.
/// </summary>
internal sealed class MetricTable
{
    private readonly Func<double[], double>[] _values;

    public MetricTable(IReadOnlyList<string> actors, IReadOnlyList<string> channels, double hourlyDkk, double fteFactor, string currency)
    {
        var run = MetricCatalogue.ForRun(actors, channels, hourlyDkk, fteFactor, currency);
        Infos = run.Select(m => m.Info).ToList();
        _values = run.Select(m => m.Value).ToArray();
    }

    public int Count => _values.Length;

    public IReadOnlyList<MetricInfo> Infos { get; }

    public double Value(int metric, double[] raw) => _values[metric](raw);

    /// <summary>The index of the metric, or -1 when this run does not report it (an actor or channel the domain lacks).</summary>
    public int IndexOf(MetricId id)
    {
        for (var i = 0; i < Infos.Count; i++)
        {
            if (Infos[i].Id == id) return i;
        }
        return -1;
    }
}
