using Lovkode.Runtime;

namespace Lovkode.Simulation.Scenario;

/// <summary>
/// One simulated world: a name and the law in force over time. A plain comparison has one
/// period per arm; a timeline arm switches regime on effective dates (e.g. 2023 → 2027). The
/// first arm of a run is the baseline; every other arm is compared with it, person by person.
/// </summary>
/// <remarks>
/// Parameter overrides belong on each regime's <see cref="IRegime.Parameters"/> (clone it per
/// scenario); the simulator only reads them. All regimes of all arms must share one domain.
/// </remarks>
public sealed record Arm
{
    public Arm(string name, IReadOnlyList<RegimePeriod> periods)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Count == 0) throw new ArgumentException($"Arm '{name}' has no regime.", nameof(periods));
        for (var i = 1; i < periods.Count; i++)
        {
            if (periods[i].From <= periods[i - 1].From)
                throw new ArgumentException($"Arm '{name}': periods must be in increasing date order ({periods[i - 1].From:yyyy-MM-dd} then {periods[i].From:yyyy-MM-dd}).", nameof(periods));
        }
        Name = name;
        Periods = periods;
    }

    public string Name { get; }

    /// <summary>The regimes in force, in date order. The first applies from the start of the run whatever its date.</summary>
    public IReadOnlyList<RegimePeriod> Periods { get; }

    /// <summary>
    /// Re-keys the draws only a regime's own decisions make (whom a quota skips, whether a closed
    /// programme still takes a case) while every other draw stays common. Zero, the default,
    /// keeps them common too. Two arms of one regime that differ only here measure how much of
    /// a paired delta's variance those decisions cause, which no sharing of random numbers can
    /// remove (the variance-reduction study in <c>benchmarks/</c>).
    /// </summary>
    internal ulong OwnDecisionSeed { get; init; }

    /// <summary>An arm with one regime throughout.</summary>
    public static Arm Of(IRegime regime, string? name = null) =>
        new(name ?? regime.Info.Name, [new RegimePeriod(DateOnly.MinValue, regime)]);

    /// <summary>An arm that switches regime at each period's date.</summary>
    public static Arm Timeline(string name, params RegimePeriod[] periods) => new(name, periods);

    /// <summary>The regime in force on <paramref name="date"/>.</summary>
    public IRegime RegimeAt(DateOnly date)
    {
        var regime = Periods[0].Regime;
        foreach (var p in Periods)
        {
            if (p.From <= date) regime = p.Regime;
        }
        return regime;
    }
}
