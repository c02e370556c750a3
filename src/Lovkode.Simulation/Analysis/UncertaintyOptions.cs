using Lovkode.Simulation.Metrics;

namespace Lovkode.Simulation.Analysis;

/// <summary>How the samples of the assumptions are drawn.</summary>
public enum SamplingMethod : byte
{
    /// <summary>A Latin hypercube of <see cref="UncertaintyOptions.Samples"/> samples: the intervals with the fewest runs.</summary>
    LatinHypercube,

    /// <summary>A Saltelli design of <see cref="UncertaintyOptions.Samples"/> base rows (N (d + 2) runs): the intervals and the global (Sobol') indices.</summary>
    Sobol,
}

/// <summary>
/// What a probabilistic sensitivity analysis draws and runs. The run's own settings (persons per
/// replication, seed of the persons, horizon, threads) come from the <see cref="Scenario.SimulationOptions"/>
/// it is given; these say how many worlds are drawn and what is reported about them.
/// </summary>
public sealed record UncertaintyOptions
{
    /// <summary>The most samples (or Sobol' base rows) an analysis takes.</summary>
    public const int MaxSamples = 100_000;

    /// <summary>The most replications a world runs.</summary>
    public const int MaxReplications = 100;

    /// <summary>Samples of the assumptions (with <see cref="SamplingMethod.Sobol"/>: base rows N; the design runs N (d + 2) worlds).</summary>
    public int Samples { get; init; } = 200;

    public SamplingMethod Method { get; init; } = SamplingMethod.LatinHypercube;

    /// <summary>The seed of the design (which values each sample takes) and of the bootstrap. The persons' seed is the run's.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>
    /// Replications per world, each of the run's persons. Replication r draws the same persons
    /// in every world (common random numbers), so at least 2 let the analysis split the
    /// variance between the assumptions and Monte Carlo noise.
    /// </summary>
    public int Replications { get; init; } = 2;

    /// <summary>
    /// Which assumptions vary: names or patterns (<c>SearchersReady.hazard.1</c>, a prefix such
    /// as <c>SearchersReady</c> or <c>ReviewMinutes</c>, or <c>*</c> wildcards); null: every
    /// assumption the run uses. The others stay at their point values.
    /// </summary>
    public IReadOnlyList<string>? Vary { get; init; }

    /// <summary>One-way effects (the tornado): every varying assumption at its low and its high bound, 2d more worlds.</summary>
    public bool OneWay { get; init; } = true;

    /// <summary>
    /// Replications of a one-way world (1 to <see cref="Replications"/>): the first ones of every
    /// world, so a bar's ends are measured against the point world's same replications on the same
    /// persons. One by default: a one-way end is a difference from the base under common random
    /// numbers, whose noise is small, and the tornado's 2d worlds then cost half.
    /// </summary>
    public int OneWayReplications { get; init; } = 1;

    /// <summary>
    /// Approximate Bayesian computation: a world whose baseline misses one of the model's
    /// calibration targets by more than its tolerance is rejected from the intervals.
    /// </summary>
    public bool Calibrate { get; init; } = true;

    /// <summary>The persons of a world's calibration run unless <see cref="CalibrationPersons"/> says otherwise (fewer when a replication has fewer).</summary>
    public const int DefaultCalibrationPersons = 20_000;

    /// <summary>
    /// Persons in each world's calibration run (null: <see cref="DefaultCalibrationPersons"/>, or
    /// the run's persons per replication when fewer). 20,000 persons put a target's Monte Carlo
    /// error near ±1%, against tolerances of ±10%: only worlds within about 1% of a tolerance's
    /// edge could be judged otherwise by a larger run.
    /// </summary>
    public int? CalibrationPersons { get; init; }

    /// <summary>The metrics reported for every arm and every comparison (the headline metrics).</summary>
    public IReadOnlyList<MetricId> Metrics { get; init; } = [MetricCatalogue.Interviews, MetricCatalogue.CaseworkerHours, MetricCatalogue.TotalDkk];

    /// <summary>Bootstrap resamples of the Sobol' indices' intervals.</summary>
    public int BootstrapResamples { get; init; } = 1000;

    /// <summary>The first problem with the options, or null: one sentence a user can act on.</summary>
    public string? Problem()
    {
        if (Samples < 2 || Samples > MaxSamples) return $"samples must be 2 to {MaxSamples:N0}, not {Samples:N0}";
        if (Replications < 2 || Replications > MaxReplications) return $"replications must be 2 to {MaxReplications} (two or more measure the Monte Carlo noise), not {Replications}";
        if (!Enum.IsDefined(Method)) return $"the method must be lhs or sobol, not {Method}";
        if (Metrics.Count == 0) return "at least one metric is needed";
        if (BootstrapResamples < 1) return "at least one bootstrap resample is needed";
        if (CalibrationPersons is < 1) return "a calibration run needs at least one person";
        if (OneWayReplications < 1 || OneWayReplications > Replications) return $"one-way worlds run 1 to {Replications} replications (the analysis's), not {OneWayReplications}";
        if (Vary is { Count: 0 }) return "the list of assumptions to vary is empty; leave it out to vary them all";
        return null;
    }

    public void Validate()
    {
        if (Problem() is { } problem) throw new ArgumentException($"Uncertainty analysis: {problem}.");
    }
}
