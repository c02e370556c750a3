namespace Lovkode.Web.Contracts;

/// <summary>A .rules file sent in a request: a file name (letters, digits, '-', '_', ending .rules) and its text. Never a path on the server.</summary>
public sealed record RulesText(string Name, string Text);

/// <summary>
/// <c>POST /api/explain</c>: the regime, the citizen's facts (<c>name=value</c> pairs), spell weeks
/// A..B, the date week 0 starts. <see cref="Rules"/> are files of the user's, compiled with the
/// built-in law as a run's are, so a regime of theirs can be explained too.
/// </summary>
public sealed record ExplainRequest(string Regime, string Citizen, string? Weeks = null, string? Date = null, int PriorWeeks = 0, bool Verbose = false, IReadOnlyList<RulesText>? Rules = null);

/// <summary><c>POST /api/check</c>: the files to compile with the built-in law.</summary>
public sealed record CheckRequest(IReadOnlyList<RulesText>? Files);

/// <summary>
/// <c>POST /api/runs</c>: a what-if of the default scenario with what the request changes.
/// Null fields keep the default scenario's values (except <see cref="Replications"/>: 1).
/// <see cref="Stop"/> replicates until the 95% interval of the change in caseworker hours is
/// within that share of the change (e.g. 0.02), from 2 up to <see cref="Replications"/> (default 20).
/// <see cref="GroupBy"/> keys the results as <c>lovkode run --group-by</c> does: "baseline",
/// "own" or an enum fact of the domain such as "benefit" (null: the baseline's groups when the
/// arms' groups differ, else each arm's own).
/// </summary>
public sealed record RunRequest(
    string? Baseline = null,
    IReadOnlyList<ReformRequest>? Reforms = null,
    IReadOnlyList<OverrideRequest>? Parameters = null,
    int? Population = null,
    string? Start = null,
    int? Weeks = null,
    long? Seed = null,
    int? Replications = null,
    bool? Effects = null,
    IReadOnlyList<RulesText>? Rules = null,
    double? Stop = null,
    UncertaintyRequest? Uncertainty = null,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>>? Composition = null,
    string? GroupBy = null);

/// <summary>
/// An uncertainty analysis after the run, as a scenario's <c>uncertainty:</c> block: worlds drawn
/// over the model's and the law's declared ranges (<c>lhs</c> or <c>sobol</c>), each world the
/// run's population split into <see cref="Replications"/> replications, kept only when it meets
/// the model's calibration targets (unless <see cref="Calibrate"/> is false).
/// </summary>
public sealed record UncertaintyRequest(int Samples, string? Method = null, int? Replications = null, bool? Calibrate = null, long? Seed = null);

/// <summary>A reform arm: one regime, or a timeline of regimes switching on dates.</summary>
public sealed record ReformRequest(string? Regime = null, string? Name = null, IReadOnlyList<PeriodRequest>? Timeline = null);

/// <summary>A period of a timeline: the regime in force from a date (the first from the start).</summary>
public sealed record PeriodRequest(string Regime, string? From = null);

/// <summary>A parameter value laid over the cited one, as a scenario's <c>parameters:</c> entry.</summary>
public sealed record OverrideRequest(string Name, double Value, string? Group = null, string? Regime = null, string? From = null);

/// <summary>
/// How far a run is: work done (0 to 1), replications done of the most, the stop rule's current
/// relative half-width; during an uncertainty analysis, <see cref="Stage"/> is "worlds" and
/// <see cref="Worlds"/> how many it runs (else "replications" and null).
/// </summary>
public sealed record RunProgress(double Fraction, int Replication, int Replications, double? StopHalfWidth, string Stage = RunProgress.Replicating, int? Worlds = null)
{
    public const string Replicating = "replications";
    public const string Analysing = "worlds";
}
