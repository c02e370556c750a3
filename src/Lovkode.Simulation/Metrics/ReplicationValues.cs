namespace Lovkode.Simulation.Metrics;

/// <summary>
/// One replication's metric values for one arm: [metric, group, area], where group 0 and area 0
/// are the totals, and group g+1 / area a+1 are the layout's.
/// </summary>
internal sealed class ReplicationValues
{
    public ReplicationValues(int metrics, int groups, int areas)
    {
        Metrics = metrics;
        Groups = groups;
        AreaColumns = areas;
        Values = new double[metrics * groups * areas];
    }

    public int Metrics { get; }

    /// <summary>Layout groups + 1 (the total).</summary>
    public int Groups { get; }

    /// <summary>Areas + 1 (the total), or 1 when results are not by area.</summary>
    public int AreaColumns { get; }

    public double[] Values { get; }

    public int Index(int metric, int group, int area) => (((metric * Groups) + group) * AreaColumns) + area;

    /// <summary>
    /// Computes every metric of every (group, area) selection from the raw sums. Case level sums
    /// are scaled to the represented population; supervision sums are national already and are not.
    /// </summary>
    public static ReplicationValues From(RawAccumulator acc, MetricTable catalog, double scale, bool byArea)
    {
        var layout = acc.Layout;
        var slots = layout.Slots;
        var groups = layout.Groups.Count;
        var areas = layout.Areas;
        var columns = byArea ? areas + 1 : 1;
        var result = new ReplicationValues(catalog.Count, groups + 1, columns);

        // raw[(g+1, a+1)] per cell, then the totals by summing.
        var raw = new double[(groups + 1) * (areas + 1) * slots];
        int Offset(int g, int a) => ((g * (areas + 1)) + a) * slots;
        for (var g = 0; g < groups; g++)
        {
            for (var a = 0; a < areas; a++)
            {
                var source = layout.Cell(g, a) * slots;
                var cell = Offset(g + 1, a + 1);
                for (var s = 0; s < slots; s++)
                {
                    var value = acc.Sums[source + s] * SlotFactor(s, scale);
                    raw[cell + s] = value;
                    raw[Offset(g + 1, 0) + s] += value;
                    raw[Offset(0, a + 1) + s] += value;
                    raw[Offset(0, 0) + s] += value;
                }
            }
        }

        var buffer = new double[slots];
        for (var g = 0; g <= groups; g++)
        {
            for (var a = 0; a < columns; a++)
            {
                Array.Copy(raw, Offset(g, a), buffer, 0, slots);
                for (var metric = 0; metric < catalog.Count; metric++)
                {
                    result.Values[result.Index(metric, g, a)] = catalog.Value(metric, buffer);
                }
            }
        }
        return result;
    }

    private static double SlotFactor(int slot, double scale) => slot switch
    {
        RawSlot.SupervisionMinutes or RawSlot.SupervisionDkk => 1 / RawSlot.FixedPoint,
        RawSlot.SupervisionWeeks or RawSlot.SupervisionExaminedWeeks => 1,
        >= RawSlot.MeetingMinutes and <= RawSlot.InterviewCaseworkerMinutes => scale / RawSlot.FixedPoint,
        _ => scale,
    };
}
