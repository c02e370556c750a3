using Lovkode.Cli.Provisions;

namespace Lovkode.Cli.Scenarios;

/// <summary>
/// A scenario as the user wrote it, checked for shape but not yet against the regimes: which
/// regimes to compare, the population model and the population, the horizon, how many
/// replications, the seed, parameter and model value overrides, behavioural effects, practice
/// contact and the outputs. Every part keeps the place it came from so
/// that a later error (an unknown regime, a parameter the regime lacks) can still name it.
/// </summary>
public sealed record Scenario(
    string Name,
    string? Description,
    string SourcePath,
    ArmSpec Baseline,
    IReadOnlyList<ArmSpec> Reforms,
    PopulationSpec Population,
    HorizonSpec Horizon,
    ReplicationSpec Replications,
    long Seed,
    IReadOnlyList<ParameterOverride> Parameters,
    bool Effects,
    OutputSpec Outputs)
{
    /// <summary>
    /// The population model (<c>model:</c>): the name of a model of the scenario's rules or the
    /// built-in law, or a model .rules file. Null: the one model of the baseline's domain.
    /// </summary>
    public ModelSpec? Model { get; init; }

    /// <summary>
    /// Whether results are keyed by each person's group under the baseline's regime (a crosswalk)
    /// rather than by each arm's own groups: <c>--group-by baseline</c> or <c>own</c>. Null: the
    /// baseline's groups when the arms' groups differ (after a regrouping), else each arm's own.
    /// </summary>
    public bool? GroupByBaseline { get; init; }

    /// <summary>An enum fact of the domain whose values key the results instead of a regime's groups (<c>--group-by benefit</c>, <c>groupBy: benefit</c>); null: a regime's groups.</summary>
    public string? GroupByFact { get; init; }

    /// <summary>Where the grouping was given (the <c>groupBy:</c> key or a web request's field), for an error about its fact; null: the command line or nowhere.</summary>
    public ScenarioPlace? GroupByPlace { get; init; }

    /// <summary>The <c>practice:</c> block: overrides of the model's practice contact. Default: the model's, on.</summary>
    public PracticeSpec Practice { get; init; } = PracticeSpec.Default;

    /// <summary>The user's own .rules files and folders (the <c>rules:</c> key), and the built-in names they may replace.</summary>
    public RulesSpec Rules { get; init; } = RulesSpec.None;

    /// <summary>The <c>uncertainty:</c> block (or <c>--uncertainty N</c>): a probabilistic sensitivity analysis over the declared ranges; null: none.</summary>
    public UncertaintySpec? Uncertainty { get; init; }
    /// <summary>Whether and how to split each reform's delta by provision (the <c>provisions:</c> key; <c>--by-provision</c>).</summary>
    public ProvisionSettings Provisions { get; init; } = ProvisionSettings.Off;

    /// <summary>
    /// Worker threads for the simulation (null: one per core). A machine setting from the command
    /// line, not part of the scenario file: every draw is a function of its key, so results are
    /// the same at any count.
    /// </summary>
    public int? Threads { get; init; }
}

/// <summary>The population model a scenario names: a compiled-in model by name, or a model .rules file (a path).</summary>
public sealed record ModelSpec(string? Name, string? RulesPath, ScenarioPlace Place)
{
    public string Display => RulesPath ?? Name ?? "?";
}

/// <summary>
/// The <c>practice:</c> block: whether the model's practice contact (interviews beyond the rules)
/// is simulated, and overrides of its values: every how many weeks, from which spell week, and
/// which of the regime's interview requirements it is costed as. A key left out keeps the model's
/// value. <see cref="Place"/> is the block's (null when left out); the other places are their keys'.
/// </summary>
public sealed record PracticeSpec(bool Enabled, int? IntervalWeeks, int? FromSpellWeek, string? Requirement, ScenarioPlace? Place, ScenarioPlace? RequirementPlace)
{
    /// <summary>The longest interval and latest start a scenario may give: ten years, the longest horizon.</summary>
    public const int MaxWeeks = 520;

    /// <summary>The model's practice contact as it states it.</summary>
    public static PracticeSpec Default { get; } = new(true, null, null, null, null, null);

    public ScenarioPlace? IntervalPlace { get; init; }

    public ScenarioPlace? FromPlace { get; init; }
}

/// <summary>
/// The <c>uncertainty:</c> block: how many samples of the declared ranges, drawn how (a Latin
/// hypercube, or a Saltelli design for Sobol' indices), with which seed, in how many replications
/// each world splits the scenario's population, which assumptions vary (all when left out), and
/// whether the analysis draws the one-way ends (the tornado) and checks worlds against the model's
/// calibration targets. <see cref="Place"/> is the block's (null: from the command line).
/// </summary>
public sealed record UncertaintySpec(
    int Samples,
    Simulation.Analysis.SamplingMethod Method,
    long? Seed,
    int Replications,
    IReadOnlyList<(string Name, ScenarioPlace Place)>? Vary,
    bool OneWay,
    bool Calibrate,
    ScenarioPlace? Place)
{
    public static UncertaintySpec Default { get; } = new(200, Simulation.Analysis.SamplingMethod.LatinHypercube, null, 2, null, true, true, null);
}

/// <summary>Where a value sits in the scenario file: the key path and its line and column.</summary>
public sealed record ScenarioPlace(string File, string KeyPath, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {KeyPath}";
}

/// <summary>
/// One simulated world: a single regime throughout, or a timeline that switches regime on
/// dates (the first period applies from the start whatever its date).
/// </summary>
public sealed record ArmSpec(string Name, IReadOnlyList<TimelinePeriod> Periods, ScenarioPlace Place)
{
    public static ArmSpec Single(RegimeReference regime) =>
        new(regime.Name ?? Path.GetFileNameWithoutExtension(regime.RulesPath!), [new TimelinePeriod(null, regime)], regime.Place);
}

/// <summary>A regime in force from a date (null: from the start) until the next period.</summary>
public sealed record TimelinePeriod(DateOnly? From, RegimeReference Regime);

/// <summary>
/// A regime by its compiled-in name (<c>Reform2026</c>) or by a .rules file compiled at run
/// time. A rules file may hold several regimes; <see cref="Name"/> picks one (the file's only
/// reform otherwise). <see cref="DomainPath"/> is the domain file when it is not the Danish one.
/// </summary>
public sealed record RegimeReference(string? Name, string? RulesPath, string? DomainPath, ScenarioPlace Place)
{
    public bool IsFile => RulesPath is not null;

    public string Display => RulesPath is null ? Name ?? "?" : Name is null ? RulesPath : $"{Name} ({RulesPath})";
}

/// <summary>
/// How many people and of what kind. <see cref="Composition"/> maps a fact the model's cohorts
/// are keyed by to shares of its members (e.g. <c>benefit: { Dagpenge: 0.3, … }</c>): the cohorts'
/// stocks are reweighted to them; facts left out keep the model's distribution.
/// </summary>
public sealed record PopulationSpec(
    int Size,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Composition,
    ScenarioPlace Place);

/// <summary>The simulated period: a start date and a number of weeks.</summary>
public sealed record HorizonSpec(DateOnly Start, int Weeks);

/// <summary>
/// A fixed number of replications, or a stop rule: run until the 95% CI of the delta of
/// <see cref="StopMetric"/> is narrower than <see cref="RelativeHalfWidth"/> of its mean, between
/// <see cref="Count"/> (the minimum) and <see cref="Max"/> replications.
/// </summary>
public sealed record ReplicationSpec(int Count, Simulation.Metrics.MetricId? StopMetric, double? RelativeHalfWidth, int Max);

/// <summary>
/// A run-time value laid over the cited ones: a regime parameter (no regime means every regime
/// that has it), or, when <see cref="Name"/> is a model value's path (<c>Kontakt.interval</c>), a
/// value of the population model.
/// </summary>
public sealed record ParameterOverride(string Name, string? Group, double Value, DateOnly? From, DateOnly? Until, string? Regime, ScenarioPlace Place, ScenarioPlace ValuePlace);

/// <summary>Where results go and in which forms.</summary>
public sealed record OutputSpec(string Folder, IReadOnlyList<string> Formats)
{
    public static readonly IReadOnlyList<string> AllFormats = ["json", "csv", "parquet", "html"];
}
