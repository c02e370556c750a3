namespace Lovkode.Reports.Model;

/// <summary>
/// How a <see cref="MetricRow"/> slices the population besides the total
/// (<see cref="MetricRow.Total"/>). Metric ids are the simulator's
/// (<c>Lovkode.Simulation.Metrics.MetricCatalogue</c>).
/// </summary>
public static class Dimensions
{
    public const string Group = "group";
    public const string Municipality = "municipality";
    public const string Activity = "activity";
}
