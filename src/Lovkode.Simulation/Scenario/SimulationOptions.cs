using Lovkode.Runtime;

namespace Lovkode.Simulation.Scenario;

/// <summary>What to simulate and how. Every property but the model has a documented default (see <c>docs/model.md</c>).</summary>
public sealed record SimulationOptions
{
    /// <summary>
    /// The world the law acts on: who is on which benefit, how they are drawn, how long they stay,
    /// where they go, the contact no rule demands, behavioural effects and costs. Its
    /// <see cref="IPopulationModel.Values"/> carry the run's overrides (clone it per scenario).
    /// Every regime of the run must be of the model's domain.
    /// </summary>
    public required IPopulationModel Model { get; init; }

    /// <summary>Persons simulated in each replication (stock at the start plus inflow during the horizon).</summary>
    public int Persons { get; init; } = 100_000;

    /// <summary>The run's seed. Equal seeds give identical results, whatever the thread count.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Replications (the maximum when a <see cref="StopRule"/> is set). Confidence intervals need at least 2.</summary>
    public int Replications { get; init; } = 10;

    public StopRule? StopRule { get; init; }

    /// <summary>The first day of week 0 (a Monday is natural but not required).</summary>
    public DateOnly Start { get; init; } = new(2025, 1, 6);

    /// <summary>Weeks simulated. Volumes are per horizon; FTE is per year.</summary>
    public int Weeks { get; init; } = 52;

    /// <summary>
    /// Results keyed by the group each case has under the baseline arm's first regime (a
    /// crosswalk), in every arm, instead of by the arm's own groups. After a regrouping (13 groups
    /// to 5) every baseline group then has its value in the reform and a delta with a CI: the
    /// reform's effect on "those who were in group X in the baseline". The law still acts on the arm's
    /// own groups; only where the results are counted changes.
    /// </summary>
    public bool GroupByBaseline { get; init; }

    /// <summary>
    /// Results keyed by an enum fact of the domain (<c>benefit</c>, say) instead of a regime's
    /// groups, in every arm: the members of the fact are the groups, and a case is counted under its
    /// fact's value, whatever the law's groups. A fact every regime has, so every row has a delta
    /// across a regrouping; it takes precedence over <see cref="GroupByBaseline"/>. Null: a regime's groups.
    /// </summary>
    public string? GroupByFact { get; init; }

    /// <summary>
    /// Cumulative weeks on benefit from which a case counts as long-term (<c>cases.longterm</c>):
    /// 52, the 12 months of the international definition of long-term unemployment.
    /// </summary>
    public int LongTermWeeks { get; init; } = 52;

    /// <summary>The model's practice contact: interviews held beyond the rules (on by default; off counts required interviews only).</summary>
    public bool PracticeContact { get; init; } = true;

    /// <summary>The model's behavioural effects on the exit hazard (off by default).</summary>
    public bool BehaviouralEffects { get; init; }

    /// <summary>
    /// Real persons the sample stands for; volumes are scaled by this ÷ <see cref="Persons"/>.
    /// Null: the number the model implies over the horizon (stock plus inflow), so results are
    /// national. Set it to <see cref="Persons"/> for unscaled sample counts.
    /// </summary>
    public double? RepresentedPersons { get; init; }

    /// <summary>Worker threads; null uses every core. Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Per-area results (areas × groups × metrics). Off gives group totals only, which is lighter to write.</summary>
    public bool ByArea { get; init; } = true;

    public void Validate()
    {
        if (Model is null) throw new ArgumentNullException(nameof(Model), "A run needs a population model.");
        if (Persons < 1) throw new ArgumentOutOfRangeException(nameof(Persons), Persons, "At least one person is needed.");
        if (Replications < 1) throw new ArgumentOutOfRangeException(nameof(Replications), Replications, "At least one replication is needed.");
        if (Weeks < 1 || Weeks > 52 * 20) throw new ArgumentOutOfRangeException(nameof(Weeks), Weeks, "The horizon is 1 to 1040 weeks.");
        if (LongTermWeeks < 1) throw new ArgumentOutOfRangeException(nameof(LongTermWeeks), LongTermWeeks, "Long-term is at least 1 cumulative week.");
        if (MaxDegreeOfParallelism is < 1) throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism));
        if (RepresentedPersons is <= 0) throw new ArgumentOutOfRangeException(nameof(RepresentedPersons));
        if (StopRule is { MinReplications: < 2 }) throw new ArgumentOutOfRangeException(nameof(StopRule), "A stop rule needs at least 2 replications for a CI.");
    }
}
