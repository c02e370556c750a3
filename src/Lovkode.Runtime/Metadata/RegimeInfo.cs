namespace Lovkode.Runtime;

/// <summary>
/// Everything static about a regime: the generated class exposes one instance, built once.
/// The engine, the reports and <c>lovkode explain</c> read it; the hot path does not.
/// </summary>
public sealed record RegimeInfo(
    string Name,
    string Title,
    string Domain,
    string Source,
    DateOnly? Effective,
    string? Base,
    Citation Citation,
    IReadOnlyList<FactInfo> Facts,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Channels,
    IReadOnlyList<GroupInfo> Groups,
    IReadOnlyList<ParameterInfo> Parameters,
    IReadOnlyList<RequirementInfo> Requirements,
    IReadOnlyList<QuotaInfo> Quotas,
    IReadOnlyList<SupervisionInfo> Supervisions)
{
    /// <summary>
    /// The regimes this one extends, nearest first (<see cref="Base"/>, its base, …), so that a
    /// model's practice held <c>under</c> a regime also holds under a reform of it. Empty for a
    /// regime that extends nothing, and for a regime built in code without it.
    /// </summary>
    public IReadOnlyList<string> Lineage { get; init; } = [];

    public int GroupIndex(string name)
    {
        for (var i = 0; i < Groups.Count; i++)
        {
            if (Groups[i].Name == name) return i;
        }
        return -1;
    }

    /// <summary>
    /// Whether supervision rule <paramref name="rule"/> measures the cases of
    /// <paramref name="group"/>: some requirement of its measured kind reaches the group. The
    /// simulator counts only those cases, and <c>lovkode explain</c> says so.
    /// </summary>
    public bool Measures(SupervisionInfo rule, int group)
    {
        foreach (var r in Requirements)
        {
            if (r.Kind != rule.MeasuredKind) continue;
            foreach (var g in r.Groups)
            {
                if (g == group) return true;
            }
        }
        return false;
    }

    public int FactSlot(string name)
    {
        for (var i = 0; i < Facts.Count; i++)
        {
            if (Facts[i].Name == name) return Facts[i].Slot;
        }
        return -1;
    }
}

/// <summary>A citizen fact: its slot in <see cref="Citizen"/>, its kind and range, and the enum's members.</summary>
public sealed record FactInfo(string Name, int Slot, FactKind Kind, int Min, int Max, IReadOnlyList<string> Members, string Title);

/// <summary>A target group. An outside group receives no effort.</summary>
public sealed record GroupInfo(string Name, int Index, string Title, bool IsOutside, string Condition, IReadOnlyList<string> From, Citation Citation);

/// <summary>A process requirement: what, by whom, through which channel, for which groups, and when (as text).</summary>
public sealed record RequirementInfo(
    string Name,
    int Index,
    EventKind Kind,
    string Title,
    int Actor,
    int Channel,
    IReadOnlyList<int> Groups,
    string Schedule,
    DateOnly? From,
    DateOnly? Until,
    Citation Citation);

public sealed record ParameterInfo(string Name, int Index, ParameterUnit Unit, string Title, IReadOnlyList<ParameterValueInfo> Values);

/// <summary>One cited value of a parameter; Group -1 is the value for every group; [From, Until).</summary>
public sealed record ParameterValueInfo(int Group, double Value, DateOnly? From, DateOnly? Until, Citation Citation)
{
    /// <summary>The range an uncertainty analysis draws the value from (<c>range LO..HI shape</c> in the .rules file), or null: taken as exact.</summary>
    public Uncertainty? Range { get; init; }

    /// <summary>Confidence in the value (<c>confidence high|medium|low</c>); null when the file does not say.</summary>
    public Confidence? Confidence { get; init; }
}

/// <summary>Requirement <see cref="Requirement"/> need only be met for <see cref="Share"/> of the citizens of <see cref="Groups"/> in spell weeks [FromWeek, UntilWeek).</summary>
public sealed record QuotaInfo(int Requirement, Operand Share, IReadOnlyList<int> Groups, int FromWeek, int UntilWeek, Citation Citation)
{
    /// <summary>The first day the quota is in force, or null: from the regime's start.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The day the quota ends (exclusive), or null: no end.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Whether the quota is in force on the day (a <see cref="DateOnly.DayNumber"/>).</summary>
    public bool InForce(int dayNumber) =>
        (From is not { } from || dayNumber >= from.DayNumber) && (Until is not { } until || dayNumber < until.DayNumber);
}

/// <summary>
/// Supervision of municipalities: among cases with at least <see cref="MinCumulativeWeeks"/>
/// cumulative weeks, the share with an event of <see cref="MeasuredKind"/> in the last
/// <see cref="WindowWeeks"/> weeks. Below <see cref="Threshold"/> the municipality is under
/// supervision, which costs <see cref="Costs"/> per municipality per year.
/// </summary>
public sealed record SupervisionInfo(
    string Name,
    int Index,
    string Title,
    int MinCumulativeWeeks,
    int WindowWeeks,
    EventKind MeasuredKind,
    Operand Threshold,
    IReadOnlyList<CostItem> Costs,
    Citation Citation)
{
    /// <summary>
    /// The rule's <c>except when</c> clauses, as text. A case for which one holds
    /// (<see cref="IRegime.SupervisionExempt"/>) is not counted; a municipality with no counted
    /// case is not under supervision.
    /// </summary>
    public IReadOnlyList<ExemptionInfo> Exemptions { get; init; } = [];

    /// <summary>
    /// <c>only where result worse</c>: the rule examines an area on its measure only in a year
    /// its result measure is worse than expected (the model's <see cref="AreaResultInfo"/> says how
    /// results spread across areas and what "worse" means); an area with results as expected or
    /// better is never under supervision.
    /// </summary>
    public bool ResultGated { get; init; }

    /// <summary>
    /// <c>or alternative "title"</c>: a case without the measured event still counts as covered
    /// when it meets this alternative (Denmark: 100 hours of ordinary work in the window); the
    /// model states the share of such cases that meet it (<see cref="AreaResultInfo.Alternative"/>).
    /// Null: no alternative.
    /// </summary>
    public string? Alternative { get; init; }
}

/// <summary>An <c>except when</c> clause: its condition as text, and its citation.</summary>
public sealed record ExemptionInfo(string Condition, Citation Citation);

public readonly record struct CostItem(CostComponent Component, Operand Amount);
