namespace Lovkode.Simulation.Metrics;

/// <summary>
/// One replication's metric values for one arm: [metric, group, municipality], where group 0
/// and municipality 0 are the totals, and group g+1 / municipality m+1 are the layout's.
/// </summary>
internal sealed class ReplicationValues
{
    public ReplicationValues(int metrics, int groups, int municipalities)
    {
        Metrics = metrics;
        Groups = groups;
        MunicipalityColumns = municipalities;
        Values = new double[metrics * groups * municipalities];
    }

    public int Metrics { get; }

    /// <summary>Layout groups + 1 (the total).</summary>
    public int Groups { get; }

    /// <summary>Municipalities + 1 (the total), or 1 when results are not by municipality.</summary>
    public int MunicipalityColumns { get; }

    public double[] Values { get; }

    public int Index(int metric, int group, int municipality) => (((metric * Groups) + group) * MunicipalityColumns) + municipality;

    /// <summary>
    /// Computes every metric of every (group, municipality) selection from the raw sums. Case
    /// level sums are scaled to the represented population; supervision sums are national
    /// already and are not.
    /// </summary>
    public static ReplicationValues From(RawAccumulator acc, MetricTable catalog, double scale, bool byMunicipality)
    {
        var layout = acc.Layout;
        var slots = layout.Slots;
        var groups = layout.Groups.Count;
        var municipalities = ArmLayout.Municipalities;
        var columns = byMunicipality ? municipalities + 1 : 1;
        var result = new ReplicationValues(catalog.Count, groups + 1, columns);

        // raw[(g+1, m+1)] per cell, then the totals by summing.
        var raw = new double[(groups + 1) * (municipalities + 1) * slots];
        int Offset(int g, int m) => ((g * (municipalities + 1)) + m) * slots;
        for (var g = 0; g < groups; g++)
        {
            for (var m = 0; m < municipalities; m++)
            {
                var source = layout.Cell(g, m) * slots;
                var cell = Offset(g + 1, m + 1);
                for (var s = 0; s < slots; s++)
                {
                    var value = acc.Sums[source + s] * SlotFactor(s, scale);
                    raw[cell + s] = value;
                    raw[Offset(g + 1, 0) + s] += value;
                    raw[Offset(0, m + 1) + s] += value;
                    raw[Offset(0, 0) + s] += value;
                }
            }
        }

        var buffer = new double[slots];
        for (var g = 0; g <= groups; g++)
        {
            for (var m = 0; m < columns; m++)
            {
                Array.Copy(raw, Offset(g, m), buffer, 0, slots);
                for (var metric = 0; metric < catalog.Count; metric++)
                {
                    result.Values[result.Index(metric, g, m)] = catalog.Value(metric, buffer);
                }
            }
        }
        return result;
    }

    private static double SlotFactor(int slot, double scale) => slot switch
    {
        RawSlot.SupervisionMinutes or RawSlot.SupervisionDkk => 1 / RawSlot.FixedPoint,
        RawSlot.SupervisionWeeks => 1,
        >= RawSlot.MeetingMinutes and <= RawSlot.InterviewCaseworkerMinutes => scale / RawSlot.FixedPoint,
        _ => scale,
    };
}
