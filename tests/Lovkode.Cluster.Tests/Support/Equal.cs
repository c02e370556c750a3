using System.Text.Json;
using System.Text.Json.Serialization;
using Lovkode.Simulation.Analysis.Results;
using Lovkode.Simulation.Results;

namespace Lovkode.Cluster.Tests.Support;

/// <summary>Results as bytes (every double written round-trip), so "equal" means byte for byte, timings aside.</summary>
internal static class Equal
{
    private static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = true,
    };

    public static string Bytes(SimulationResult r) =>
        JsonSerializer.Serialize(new { r.Metrics, r.Arms, r.Comparisons, r.Replications, r.StoppedEarly, r.ScaleFactor, r.HourlyDkk, r.Currency, r.HoursPerFte, r.Areas }, Options);

    /// <summary>A split by provision, its seconds aside.</summary>
    public static string Bytes(IReadOnlyList<Reports.Model.ProvisionSplit> splits) =>
        JsonSerializer.Serialize(splits.Select(s => s with { Seconds = 0 }), Options);

    public static string Bytes(UncertaintyResult r) =>
        JsonSerializer.Serialize(new
        {
            Rows = r.Rows.Select(x => new { x.Row, x.Kind, x.Base, x.Assumption, x.Values, x.Outcomes, x.Calibration, x.Accepted, x.Replicates }),
            r.Uncertainty,
            r.Calibration,
            r.OneWay,
            r.Sobol,
            r.SharedPopulationWorlds,
        }, Options);
}
