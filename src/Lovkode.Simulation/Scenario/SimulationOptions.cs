using Lovkode.Simulation.Population;
using Lovkode.Simulation.Spells;

namespace Lovkode.Simulation.Scenario;

/// <summary>What to simulate and how. Every property has a documented default (see <c>docs/model.md</c>).</summary>
public sealed record SimulationOptions
{
    /// <summary>Persons simulated in each replication (stock at the start plus inflow during the horizon).</summary>
    public int Persons { get; init; } = 100_000;

    /// <summary>The benefit mix, stock and inflow; defaults to the DST 2023 caseloads.</summary>
    public PopulationComposition Composition { get; init; } = PopulationComposition.Denmark2023;

    /// <summary>Exit hazards and benefit changes.</summary>
    public SpellModel Spells { get; init; } = SpellModel.Default;

    /// <summary>The run's seed. Equal seeds give identical results, whatever the thread count.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Replications (the maximum when a <see cref="StopRule"/> is set). Confidence intervals need at least 2.</summary>
    public int Replications { get; init; } = 10;

    public StopRule? StopRule { get; init; }

    /// <summary>The first day of week 0 (a Monday is natural but not required).</summary>
    public DateOnly Start { get; init; } = new(2025, 1, 6);

    /// <summary>Weeks simulated. Volumes are per horizon; FTE is per year.</summary>
    public int Weeks { get; init; } = 52;

    /// <summary>Interviews held beyond the rules once the fixed course is over (calibrated; see <see cref="Spells.PracticeContact"/>).</summary>
    public PracticeContact Practice { get; init; } = PracticeContact.Default;

    /// <summary>Behavioural effects of meetings on the exit hazard (off by default).</summary>
    public bool BehaviouralEffects { get; init; }

    public MeetingEffects Effects { get; init; } = MeetingEffects.Default;

    public CostAssumptions Costs { get; init; } = CostAssumptions.Default;

    /// <summary>
    /// Real persons the sample stands for; volumes are scaled by this ÷ <see cref="Persons"/>.
    /// Null: the Danish number the composition implies over the horizon, so results are
    /// national. Set it to <see cref="Persons"/> for unscaled sample counts.
    /// </summary>
    public double? RepresentedPersons { get; init; }

    /// <summary>Worker threads; null uses every core. Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Per-municipality results (98 × groups × metrics). Off gives group totals only, which is lighter to write.</summary>
    public bool ByMunicipality { get; init; } = true;

    public void Validate()
    {
        if (Persons < 1) throw new ArgumentOutOfRangeException(nameof(Persons), Persons, "At least one person is needed.");
        if (Replications < 1) throw new ArgumentOutOfRangeException(nameof(Replications), Replications, "At least one replication is needed.");
        if (Weeks < 1 || Weeks > 52 * 20) throw new ArgumentOutOfRangeException(nameof(Weeks), Weeks, "The horizon is 1 to 1040 weeks.");
        if (MaxDegreeOfParallelism is < 1) throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism));
        if (RepresentedPersons is <= 0) throw new ArgumentOutOfRangeException(nameof(RepresentedPersons));
        if (Practice is { Enabled: true, IntervalWeeks: < 1 }) throw new ArgumentOutOfRangeException(nameof(Practice), "The practice interval is at least one week.");
        if (Practice is { Enabled: true, FromSpellWeek: < 0 }) throw new ArgumentOutOfRangeException(nameof(Practice), "Practice contact starts in spell week 0 or later.");
        if (Practice is { Enabled: true } && string.IsNullOrWhiteSpace(Practice.Requirement)) throw new ArgumentException("Practice contact needs the requirement it is costed as.", nameof(Practice));
        if (StopRule is { MinReplications: < 2 }) throw new ArgumentOutOfRangeException(nameof(StopRule), "A stop rule needs at least 2 replications for a CI.");
    }
}
