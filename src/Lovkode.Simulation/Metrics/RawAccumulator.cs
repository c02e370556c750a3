namespace Lovkode.Simulation.Metrics;

/// <summary>
/// One arm's raw sums: per cell and slot, and the supervision counts per (rule slot,
/// area, week). Whole numbers only, so merging accumulators in any order gives the
/// same result.
/// </summary>
internal sealed class RawAccumulator
{
    public RawAccumulator(ArmLayout layout, int supervisionSlots, int weeks)
    {
        Layout = layout;
        Weeks = weeks;
        SupervisionSlots = supervisionSlots;
        Sums = new long[layout.Cells * layout.Slots];
        Eligible = new long[supervisionSlots * layout.Areas * weeks];
        Covered = new long[Eligible.Length];
    }

    public ArmLayout Layout { get; }

    public int Weeks { get; }

    public int SupervisionSlots { get; }

    /// <summary>[cell × slots + slot].</summary>
    public long[] Sums { get; }

    /// <summary>Cases that count for a supervision rule: [(slot × areas + area) × weeks + week].</summary>
    public long[] Eligible { get; }

    /// <summary>Of those, the cases with an event of the measured kind within the window.</summary>
    public long[] Covered { get; }

    public int SupervisionIndex(int slot, int area, int week) => (((slot * Layout.Areas) + area) * Weeks) + week;

    public void Add(RawAccumulator other)
    {
        AddInto(Sums, other.Sums);
        AddInto(Eligible, other.Eligible);
        AddInto(Covered, other.Covered);
    }

    public void Clear()
    {
        Array.Clear(Sums);
        Array.Clear(Eligible);
        Array.Clear(Covered);
    }

    private static void AddInto(long[] target, long[] source)
    {
        for (var i = 0; i < target.Length; i++) target[i] += source[i];
    }
}
