namespace Lovkode.Simulation.Sharding;

/// <summary>
/// What a shard gives back: each arm's raw whole-number sums (case cells × slots, and supervision's
/// eligible and covered counts per rule, area and week). Integer addition is exact and does not
/// depend on the order, so shards merged in any order, from any number of workers, give the sums of
/// a run in one process.
/// </summary>
public sealed class ShardSums
{
    public ShardSums(long[][] sums, long[][] eligible, long[][] covered)
    {
        ArgumentNullException.ThrowIfNull(sums);
        ArgumentNullException.ThrowIfNull(eligible);
        ArgumentNullException.ThrowIfNull(covered);
        if (eligible.Length != sums.Length || covered.Length != sums.Length) throw new ArgumentException("Every arm needs its sums, eligible and covered counts.");
        Sums = sums;
        Eligible = eligible;
        Covered = covered;
    }

    /// <summary>Per arm: [cell × slots + slot].</summary>
    public long[][] Sums { get; }

    /// <summary>Per arm: [(supervision slot × areas + area) × weeks + week].</summary>
    public long[][] Eligible { get; }

    /// <summary>Per arm, as <see cref="Eligible"/>: the cases with the measured event in the window.</summary>
    public long[][] Covered { get; }

    public int Arms => Sums.Length;
}
