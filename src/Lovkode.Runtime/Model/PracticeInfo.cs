namespace Lovkode.Runtime;

/// <summary>
/// Contact no rule demands but caseworkers hold: from spell week <see cref="FromSpellWeek"/>, a
/// person for whom <see cref="Condition"/> holds has an interview whenever
/// <see cref="IntervalWeeks"/> have passed since their last interview of any kind. It is costed
/// and booked as the regime's own meeting requirement <see cref="Requirement"/>.
/// </summary>
public sealed record PracticeInfo(
    string Name,
    string Title,
    int Condition,
    ModelOperand IntervalWeeks,
    ModelOperand FromSpellWeek,
    string Requirement,
    Citation Citation,
    SourceLocation Location)
{
    /// <summary>
    /// The regimes under which the practice is held (<c>under Regime, …</c>): in a week whose
    /// regime in force is one of them, or extends one of them (<see cref="RegimeInfo.Lineage"/>).
    /// Empty (the default): under every regime. Practice that a reform brings with it (the
    /// Finnish supplementary discussions "by need" once the scheduled ones are gone) names it.
    /// </summary>
    public IReadOnlyList<string> Regimes { get; init; } = [];

    /// <summary>The spell week from which the practice stops (<c>until week N</c>, not included), or null: it goes on for the rest of the spell.</summary>
    public ModelOperand? UntilSpellWeek { get; init; }
}

/// <summary>
/// The channel of interviews as a dated share: of the meetings of <see cref="Requirements"/>
/// (all meetings when empty) held by <see cref="Actors"/> (all when empty), the share in force
/// at the date goes through <see cref="Channel"/> instead of the requirement's own. With
/// <see cref="AfterFirst"/>, a person's first interview in a spell keeps its channel.
/// </summary>
public sealed record ChannelChoiceInfo(
    string Name,
    string Title,
    int Channel,
    IReadOnlyList<string> Requirements,
    IReadOnlyList<int> Actors,
    bool AfterFirst,
    IReadOnlyList<DatedShare> Shares,
    Citation Citation)
{
    /// <summary>
    /// <c>saves citizen N minutes</c>: the citizen's minutes an interview moved to
    /// <see cref="Channel"/> costs less than through the requirement's own channel (travel to and
    /// from the office, say), never below 0; null: the same as the requirement's own.
    /// </summary>
    public ModelOperand? CitizenMinutesSaved { get; init; }
}

/// <summary>A share in force on [From, Until).</summary>
public sealed record DatedShare(ModelOperand Share, DateOnly? From, DateOnly? Until);

/// <summary>
/// A behavioural effect: after an event of kind <see cref="After"/>, the weekly exit hazard of a
/// person for whom <see cref="Condition"/> holds is multiplied by <see cref="Multiplier"/> for
/// <see cref="Weeks"/> weeks. Off unless a run switches behavioural effects on.
/// </summary>
public sealed record EffectInfo(
    string Name,
    string Title,
    int Condition,
    EventKind After,
    ModelOperand Multiplier,
    ModelOperand Weeks,
    Citation Citation);

/// <summary>
/// A published figure the baseline must reproduce: <see cref="Metric"/> (a metric id of the
/// simulator's catalogue) equals <see cref="Value"/> within ± <see cref="Tolerance"/> (relative),
/// for the regime <see cref="Regime"/> in force over the year starting <see cref="Start"/>.
/// </summary>
public sealed record TargetInfo(
    string Name,
    string Metric,
    double Value,
    double Tolerance,
    string Regime,
    DateOnly Start,
    int Weeks,
    Citation Citation,
    SourceLocation Location)
{
    /// <summary>
    /// For a target on a difference (<c>falls by N</c> or <c>rises by N</c> … <c>against Other</c>):
    /// the regime the change is measured against. <see cref="Value"/> is then the metric under
    /// <see cref="Regime"/> minus the metric under this regime, over the same period and persons
    /// (negative when it falls), and <see cref="Tolerance"/> is relative to its size. Null (the
    /// default): <see cref="Value"/> is the metric itself.
    /// </summary>
    public string? Against { get; init; }
}

/// <summary>What caseworker time costs (in the model's <see cref="ModelInfo.Currency"/>), and how many hours make a full-time equivalent.</summary>
public sealed record CostModelInfo(ModelOperand HourlyDkk, ModelOperand HoursPerFte);

/// <summary>Name tables for traces and exports (a country's common first names by sex and family names); empty lists fall back to neutral names.</summary>
public sealed record NameTablesInfo(IReadOnlyList<string> Female, IReadOnlyList<string> Male, IReadOnlyList<string> Family, Citation Citation)
{
    public static NameTablesInfo Empty { get; } = new([], [], [], Citation.None);
}
