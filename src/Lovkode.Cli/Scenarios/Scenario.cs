namespace Lovkode.Cli.Scenarios;

/// <summary>
/// A scenario as the user wrote it, checked for shape but not yet against the regimes: which
/// regimes to compare, the population, the horizon, how many replications, the seed, parameter
/// overrides, behavioural effects, practice contact and the outputs. Every part keeps the place it came from so
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
    /// <summary>Practice contact: the calibrated interviews beyond the rules (docs/model.md). Default: on, as calibrated.</summary>
    public PracticeSpec Practice { get; init; } = PracticeSpec.Default;

    /// <summary>The user's own .rules files and folders (the <c>rules:</c> key), and the built-in names they may replace.</summary>
    public RulesSpec Rules { get; init; } = RulesSpec.None;

    /// <summary>
    /// Worker threads for the simulation (null: one per core). A machine setting from the command
    /// line, not part of the scenario file: every draw is a function of its key, so results are
    /// the same at any count.
    /// </summary>
    public int? Threads { get; init; }
}

/// <summary>
/// The <c>practice:</c> block: whether jobcentres' interviews beyond the rules are simulated,
/// every how many weeks, from which spell week, and which of the regime's interview
/// requirements they are costed as. <see cref="Place"/> is the block's (null when left out);
/// <see cref="RequirementPlace"/> is the requirement's, when written.
/// </summary>
public sealed record PracticeSpec(bool Enabled, int IntervalWeeks, int FromSpellWeek, string Requirement, ScenarioPlace? Place, ScenarioPlace? RequirementPlace)
{
    /// <summary>The longest interval and latest start a scenario may give: ten years, the longest horizon.</summary>
    public const int MaxWeeks = 520;

    private static readonly Simulation.Spells.PracticeContact Calibrated = Simulation.Spells.PracticeContact.Default;

    /// <summary>The model's calibrated practice contact: every 7 weeks from spell week 26, costed as <c>Jobsamtale</c>.</summary>
    public static PracticeSpec Default { get; } = new(Calibrated.Enabled, Calibrated.IntervalWeeks, Calibrated.FromSpellWeek, Calibrated.Requirement, null, null);

    public Simulation.Spells.PracticeContact ToContact() => new(Enabled, IntervalWeeks, FromSpellWeek, Requirement);
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
/// How many people and of what kind. <see cref="Composition"/> maps a fact to shares of its
/// members: <c>benefit</c> (e.g. Dagpenge 0.3) and <c>readiness</c>; facts left out keep the
/// calibrated Danish distribution.
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

/// <summary>A run-time parameter value laid over the cited ones. No regime means every regime that has the parameter.</summary>
public sealed record ParameterOverride(string Name, string? Group, double Value, DateOnly? From, DateOnly? Until, string? Regime, ScenarioPlace Place, ScenarioPlace ValuePlace);

/// <summary>Where results go and in which forms.</summary>
public sealed record OutputSpec(string Folder, IReadOnlyList<string> Formats)
{
    public static readonly IReadOnlyList<string> AllFormats = ["json", "csv", "parquet", "html"];
}
