namespace Lovkode.Testing.Specs.Model;

/// <summary>
/// A random, valid spec before it is printed as .rules text: one domain file and one regime
/// file. Every list is in declaration order (a group's index is its place in
/// <see cref="Groups"/>), so the model can be shrunk by dropping entries and printed again.
/// <see cref="Id"/> makes the domain, regime and class names unique, so that several specs can
/// share one run-time compilation.
/// </summary>
public sealed record SpecModel(
    int Id,
    IReadOnlyList<FactModel> Facts,
    int Actors,
    int Channels,
    HeaderModel Header,
    IReadOnlyList<GroupModel> Groups,
    IReadOnlyList<ParameterModel> Parameters,
    IReadOnlyList<RequirementModel> Requirements,
    IReadOnlyList<QuotaModel> Quotas,
    IReadOnlyList<SupervisionModel> Supervisions,
    IReadOnlyList<OverrideModel> Overrides)
{
    public string DomainName => $"Dom{Id}";

    /// <summary>Now and then the regime carries its domain's name, which the generated C# must survive.</summary>
    public bool RegimeNamedLikeDomain { get; init; }

    public string RegimeName => RegimeNameOverride ?? (RegimeNamedLikeDomain ? DomainName : $"Reg{Id}");

    /// <summary>Set on a reform's flattened model (<see cref="ReformFlattening"/>): its own name.</summary>
    public string? RegimeNameOverride { get; init; }

    /// <summary>A reform that extends this regime, printed as a second regime file; null for none.</summary>
    public ReformModel? Reform { get; init; }

    public string ReformName => $"Ref{Id}";

    public IEnumerable<int> TargetGroups => Groups.Select((g, i) => (g, i)).Where(x => !x.g.IsOutside).Select(x => x.i);

    /// <summary>The index of the first group whose condition holds (the model's own classifier), or -1.</summary>
    public int Classify(IReadOnlyList<int> facts)
    {
        for (var i = 0; i < Groups.Count; i++)
        {
            if (Groups[i].Condition.Holds(facts)) return i;
        }
        return -1;
    }
}

public enum FactKind { Bool, Number, Enum, Date }

/// <summary>A fact and its range; Min/Max are slot values (day numbers for dates, 0..members-1 for enums).</summary>
public sealed record FactModel(string Name, FactKind Kind, int Min, int Max, string? Title, IReadOnlyList<string> Members)
{
    /// <summary>The enum's name when it is not the usual <c>E{fact}</c>: a name the generated code also uses.</summary>
    public string? EnumOverride { get; init; }

    public string EnumName => EnumOverride ?? "E" + Name;
}

/// <summary>Citation spelling: <c>§ "…"</c>, <c>cite "…"</c> or <c>assumed "…"</c>.</summary>
public enum CitationStyle { Paragraph, Cite, Assumed }

public sealed record CitationModel(CitationStyle Style, string Text);

/// <summary>The regime header: its optional clauses, each printed in <see cref="Order"/> (a permutation of 0..4).</summary>
public sealed record HeaderModel(string? Title, string? Source, int? EffectiveDay, CitationModel? Citation, IReadOnlyList<int> Order);

public sealed record GroupModel(string Name, bool IsOutside, string? Title, Condition Condition, CitationModel Citation, bool CitationFirst);

public enum Unit { Weeks, Days, Minutes, Hours, Dkk, Share, Count }

/// <summary>What a parameter is used for decides its unit and the range its values keep to, so every value is feasible.</summary>
public enum Role { Deadline, Interval, FromWeek, UntilWeek, Count, Cumulative, Minutes, Dkk, Share, Unused }

/// <summary>
/// A parameter's value lines. <see cref="Inline"/> prints the single value right after the
/// unit (<c>parameter Kvote share = 75% § "…"</c>).
/// </summary>
public sealed record ParameterModel(string Name, Role Role, Unit Unit, string? Title, IReadOnlyList<ValueLine> Lines, bool Inline);

/// <summary><c>[for G, G] = value [from D] [until D] citation</c>; an empty group list is the value for every group.</summary>
public sealed record ValueLine(IReadOnlyList<int> Groups, double Value, bool AsPercent, int? FromDay, int? UntilDay, CitationModel Citation);

/// <summary>A number in a rule: a constant or a parameter (by index).</summary>
public sealed record Amount(double Constant, int Parameter = -1)
{
    public bool IsParameter => Parameter >= 0;
}

public enum ScheduleKind { OnceWithin, TimesWithin, Every, AfterCumulative }

/// <summary>Operands by kind as in Binding/Model/BoundSchedule.cs; From/Until of Every are optional.</summary>
public sealed record ScheduleModel(ScheduleKind Kind, Amount? Count, Amount? Weeks, Amount? From, Amount? Until);

public enum CostItem { Meeting, Preparation, FollowUp, Documentation, Citizen, Dkk }

/// <summary>One cost item; the constant is the number as written, in hours when <see cref="InHours"/> (the binder makes it minutes).</summary>
public sealed record CostModel(CostItem Item, Amount Amount, bool InHours);

public enum RequirementKind { Meeting, Task, Offer, Documentation }

public sealed record ExemptionModel(Condition Condition, CitationModel Citation);

/// <summary>
/// A requirement. <see cref="Groups"/> empty means no <c>for</c> clause (every target group).
/// <see cref="CostClauses"/> splits the costs into one or more <c>cost</c> clauses;
/// <see cref="ClauseOrder"/> is the order the clauses are printed in.
/// </summary>
public sealed record RequirementModel(
    string Name,
    RequirementKind Kind,
    string? Title,
    IReadOnlyList<int> Groups,
    int Actor,
    int Channel,
    ScheduleModel Schedule,
    IReadOnlyList<IReadOnlyList<CostModel>> CostClauses,
    Condition? When,
    IReadOnlyList<ExemptionModel> Exemptions,
    int? FromDay,
    int? UntilDay,
    CitationModel Citation,
    IReadOnlyList<int> ClauseOrder);

/// <summary><c>quota R at least Share of G within weeks A..B citation</c>.</summary>
public sealed record QuotaModel(int Requirement, Amount Share, bool AsPercent, IReadOnlyList<int> Groups, int FromWeek, int UntilWeek, CitationModel Citation)
{
    /// <summary>The quota's <c>from</c> and <c>until</c> dates, or null.</summary>
    public int? FromDay { get; init; }

    public int? UntilDay { get; init; }
}

public sealed record SupervisionModel(string Name, string? Title, RequirementKind Measured, int MinCumulativeWeeks, int WindowWeeks, Amount Threshold, IReadOnlyList<CostModel> Costs, IReadOnlyList<ExemptionModel> Exemptions, CitationModel Citation);

/// <summary>A scenario's override, laid over the cited values both by the interpreter and by the compiled ParameterSet.</summary>
public sealed record OverrideModel(int Parameter, double Value, int Group, int? FromDay, int? UntilDay);

/// <summary>
/// A reform of the spec's regime in a file of its own (<c>regime Ref{id} extends …</c>): parameters
/// overridden, requirements replaced in place, removed, or added at the end.
/// </summary>
public sealed record ReformModel(
    string? Title,
    int? EffectiveDay,
    CitationModel Citation,
    IReadOnlyList<ParameterDelta> Overrides,
    IReadOnlyList<RequirementDelta> Changes,
    IReadOnlyList<RequirementModel> Added)
{
    /// <summary><c>replace group|outside Name …</c>: the same kind and the same citizens, the condition spelled anew.</summary>
    public IReadOnlyList<GroupDelta> Groups { get; init; } = [];
}

/// <summary>A group replaced in place by one whose condition means the same, so the groups still partition the domain.</summary>
public sealed record GroupDelta(int Index, GroupModel Replacement);

/// <summary><c>override parameter Name [unit]</c> and new value lines, which replace all of the base's.</summary>
public sealed record ParameterDelta(int Parameter, IReadOnlyList<ValueLine> Lines, bool WithUnit);

/// <summary><c>replace requirement …</c> (a replacement) or <c>remove requirement Name citation</c>.</summary>
public sealed record RequirementDelta(int Index, RequirementModel? Replacement, CitationModel Citation);
