namespace Lovkode.Reports.Model;

/// <summary>
/// Everything one run produced, in a form that survives a round trip through results.json:
/// what was run, the regimes compared, every metric with its uncertainty, and the parameter
/// values with their sources, and the population model with every number and its range. The
/// HTML report and the CSV/Parquet tables are views of it.
/// </summary>
public sealed record ResultsDocument(
    string Format,
    ScenarioSummary Scenario,
    IReadOnlyList<RegimeSummary> Regimes,
    IReadOnlyList<Comparison> Comparisons,
    IReadOnlyList<ParameterRow> Parameters,
    RunStatistics Run,
    ModelSummary? Model = null)
{
    /// <summary>The format tag written into results.json; a reader rejects anything else.</summary>
    public const string CurrentFormat = "lovkode-results/1";

    /// <summary>The probabilistic sensitivity analysis, when the run drew one (<c>--uncertainty</c>); null otherwise and in older documents.</summary>
    public UncertaintySummary? Uncertainty { get; init; }
    /// <summary>Each reform arm's delta split by provision (<c>lovkode run --by-provision</c>); null when not asked for.</summary>
    public IReadOnlyList<ProvisionSplit>? ProvisionSplits { get; init; }
}

/// <summary>
/// What was simulated: the scenario's name, its population and horizon, the random seed, and
/// the model's switches. <see cref="Practice"/> is null in documents written before the
/// scenario could set it. <see cref="GroupedBy"/> names the regime whose groups key every arm's
/// results (the baseline's, a crosswalk, after a regrouping), or is null when each arm's results are
/// by its own groups. <see cref="GroupedByFact"/> names the enum fact of the domain whose members
/// key every arm's results instead (<c>--group-by benefit</c>), or is null.
/// </summary>
public sealed record ScenarioSummary(
    string Name,
    string? Description,
    string? SourcePath,
    long Seed,
    int Population,
    int Weeks,
    string StartDate,
    int Replications,
    bool Effects,
    PracticeSummary? Practice = null,
    string? GroupedBy = null,
    string? GroupedByFact = null);

/// <summary>
/// The interviews jobcentres hold beyond the rules (the model's calibrated practice contact):
/// whether they were simulated, how often, from which spell week, and which requirement of each
/// regime they were costed as. Part of what a reader needs to compare two runs' interview counts.
/// </summary>
public sealed record PracticeSummary(bool Enabled, int IntervalWeeks, int FromSpellWeek, string Requirement);

/// <summary>A regime taking part in the run, and where it came from (compiled in, or a .rules path).</summary>
public sealed record RegimeSummary(string Name, string Title, string Source, string Origin, int Groups, int Requirements, int Parameters);

/// <summary>One reform against the baseline: a row per metric and breakdown.</summary>
public sealed record Comparison(string Baseline, string Reform, IReadOnlyList<MetricRow> Rows);

/// <summary>
/// One metric for one slice of the population. <see cref="Dimension"/> says how the
/// population is sliced ("total", "group", "municipality", "activity", "actor", "channel")
/// and <see cref="Key"/> names the slice ("" for the total). A group that exists in only one
/// regime (after a regroup) has no estimate on the other side and no delta.
/// </summary>
public sealed record MetricRow(
    string Metric,
    string Unit,
    string Dimension,
    string Key,
    Estimate? Baseline,
    Estimate? Reform,
    Estimate? Delta,
    double? RelativeChange)
{
    public const string Total = "total";
}

/// <summary>A mean over replications with its 95% confidence interval.</summary>
public sealed record Estimate(double Mean, double Low, double High)
{
    public double HalfWidth => (High - Low) / 2;
}

/// <summary>A parameter value in force in the run, with its citation and whether a scenario overrode it.</summary>
public sealed record ParameterRow(string Regime, string Parameter, string Unit, string Group, double Value, string? From, string? Until, string Source, bool Overridden);

/// <summary>How the run went: replications done, whether a stop rule ended it, and how long it took.</summary>
public sealed record RunStatistics(int ReplicationsRun, bool StoppedByRule, double Seconds, string Tool);
