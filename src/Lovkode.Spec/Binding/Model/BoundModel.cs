using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding.Model;

/// <summary>
/// A population model, bound (docs/spec-language.md, "Model files"): its domain's facts drawn
/// per cohort, exit hazards, transitions, practice contact, channel choice, behavioural effects,
/// costs and calibration targets. Every number is a <see cref="BoundModelValue"/> in
/// <see cref="Values"/> or a parameter of the regime in force (<see cref="BoundModelOperand.Law"/>,
/// listed in <see cref="Laws"/> with the unit its place needs). Conditions are bound once into
/// <see cref="Conditions"/> and referred to by index. Draws of the <c>all cohorts</c> block are
/// already folded into every cohort that does not draw the fact itself.
/// </summary>
public sealed record BoundModel(
    string Name,
    string? Title,
    string DomainName,
    string? Source,
    Citation? Citation,
    int AreaSlot,
    EquatableArray<BoundModelValue> Values,
    EquatableArray<BoundExpr> Conditions,
    EquatableArray<BoundTable> Tables,
    EquatableArray<BoundCohort> Cohorts,
    EquatableArray<BoundTransition> Transitions,
    EquatableArray<BoundPractice> Practices,
    EquatableArray<BoundChoice> Choices,
    EquatableArray<BoundEffect> Effects,
    EquatableArray<BoundTarget> Targets,
    BoundModelOperand HourlyDkk,
    BoundModelOperand HoursPerFte,
    BoundNames Names,
    EquatableArray<BoundLawReference> Laws,
    EquatableArray<string> SourcePaths,
    SourceSpan Span)
{
    /// <summary>The ISO 4217 code of the model's money (<c>currency EUR</c>); DKK when the header names none.</summary>
    public string Currency { get; init; } = DefaultCurrency;

    public const string DefaultCurrency = "DKK";

    /// <summary>The <c>area</c> declaration's result spread, worse-than-expected bound and alternative share, or null.</summary>
    public BoundAreaResults? AreaResults { get; init; }
}

/// <summary><c>result spread V</c>, <c>result worse above V</c> and <c>alternative V</c> of the model's <c>area</c>.</summary>
public sealed record BoundAreaResults(BoundModelOperand Spread, BoundModelOperand WorseAbove, BoundModelOperand? Alternative);

/// <summary>What a model number means (the runtime's <c>ValueKind</c>): it decides the checks and the unit.</summary>
public enum ModelValueKind
{
    Persons,
    Share,
    Hazard,
    Weeks,
    Multiplier,
    Weight,
    FactNumber,
    Dkk,
    Hours,
    Minutes,
}

/// <summary>Where a model value comes from.</summary>
public enum ModelValueStatus
{
    Cited,
    Assumed,
    Calibrated,
}

/// <summary>
/// One number of the model, named by where it stands (<c>DagpengeJobparat.hazard.1</c>), with
/// its point value, its range if given, where it comes from and how far it is trusted.
/// </summary>
public sealed record BoundModelValue(
    string Name,
    ModelValueKind Kind,
    double Point,
    BoundRange? Range,
    ModelValueStatus Status,
    ConfidenceLevel Confidence,
    Citation? Citation,
    SourceSpan Span);

/// <summary>A number a declaration uses: value <see cref="Value"/> of the model (&gt;= 0), or the regime parameter <see cref="Law"/>.</summary>
public sealed record BoundModelOperand(int Value, string? Law)
{
    public static BoundModelOperand Of(int value) => new(value, null);

    public static BoundModelOperand FromLaw(string parameter) => new(-1, parameter);

    /// <summary>An operand whose clause could not be bound; never emitted (the model has an error).</summary>
    public static BoundModelOperand Missing { get; } = new(-1, null);
}

/// <summary>
/// A <c>law Name</c> operand: the parameter, the unit its place needs (weeks for a trigger or an
/// elapsed bound, share for a branch, DKK for an hour's cost) and where it stands, so that a run
/// that pairs the model with a regime can say which parameter is missing or of the wrong unit, and where.
/// </summary>
public sealed record BoundLawReference(string Parameter, ParameterUnit Unit, string Place, SourceSpan Span);

/// <summary>A fact set to one value (enum ordinal, 0/1, a number, a day number).</summary>
public sealed record BoundFactSetting(int Slot, int Value);

/// <summary>A weighted table of an enum fact's members: data, not uncertain.</summary>
public sealed record BoundTable(string Name, string? Title, int Slot, EquatableArray<BoundTableRow> Rows, Citation? Citation, SourceSpan Span);

public sealed record BoundTableRow(int Member, double Weight);

public sealed record BoundCohort(
    string Name,
    string? Title,
    EquatableArray<BoundFactSetting> Key,
    BoundModelOperand Stock,
    BoundModelOperand? Inflow,
    EquatableArray<BoundHazardPiece> Hazards,
    EquatableArray<BoundDraw> Draws,
    BoundModelOperand? ElapsedBelow,
    Citation? Citation,
    SourceSpan Span);

/// <summary>The weekly exit hazard in spell weeks [FromWeek, UntilWeek); UntilWeek null is open-ended.</summary>
public sealed record BoundHazardPiece(int FromWeek, int? UntilWeek, BoundModelOperand Hazard, SourceSpan Span);

/// <summary>How one fact is drawn: the first case whose condition holds (-1: always).</summary>
public sealed record BoundDraw(int Slot, EquatableArray<BoundDrawCase> Cases, bool FromAllCohorts);

public sealed record BoundDrawCase(int Condition, BoundDistribution Distribution, Citation? Citation, SourceSpan Span);

public abstract record BoundDistribution;

public sealed record BoundFixed(int Value) : BoundDistribution;

public sealed record BoundBoolShare(BoundModelOperand Share) : BoundDistribution;

public sealed record BoundCategorical(EquatableArray<BoundWeightedValue> Weights) : BoundDistribution;

public sealed record BoundWeightedValue(int Value, BoundModelOperand Weight);

public sealed record BoundUniform(BoundModelOperand Low, BoundModelOperand High) : BoundDistribution;

public sealed record BoundTriangular(BoundModelOperand Low, BoundModelOperand Mode, BoundModelOperand High) : BoundDistribution;

public sealed record BoundHistogram(EquatableArray<BoundBin> Bins) : BoundDistribution;

public sealed record BoundBin(int Low, int High, BoundModelOperand Weight);

public sealed record BoundFromTable(int Table) : BoundDistribution;

public enum TransitionTriggerKind
{
    AfterCumulativeWeeks,
    AtSpellWeek,
    AtEntry,
}

public enum BranchOutcome
{
    Stay,
    Leave,
    Move,
}

public sealed record BoundTransition(
    string Name,
    string? Title,
    int Condition,
    TransitionTriggerKind Trigger,
    BoundModelOperand? Weeks,
    EquatableArray<BoundBranch> Branches,
    Citation? Citation,
    SourceSpan Span);

/// <summary>A branch: its share (null: the rest), its outcome, and for a move its destinations and whether the spell goes on.</summary>
public sealed record BoundBranch(BoundModelOperand? Share, BranchOutcome Outcome, EquatableArray<BoundDestination> Destinations, Citation? Citation, SourceSpan Span)
{
    /// <summary><c>move within spell to …</c>.</summary>
    public bool KeepsSpell { get; init; }
}

/// <summary>Where a move goes when <see cref="Condition"/> holds (-1: otherwise).</summary>
public sealed record BoundDestination(int Condition, EquatableArray<BoundFactSetting> Set, SourceSpan Span);

public sealed record BoundPractice(
    string Name,
    string? Title,
    int Condition,
    BoundModelOperand Interval,
    BoundModelOperand FromWeek,
    string Requirement,
    Citation? Citation,
    SourceSpan Span)
{
    /// <summary><c>until week N</c>, or null.</summary>
    public BoundModelOperand? UntilWeek { get; init; }

    /// <summary><c>under Regime, …</c>; empty: every regime.</summary>
    public EquatableArray<string> Regimes { get; init; } = EquatableArray<string>.Empty;
}

public sealed record BoundChoice(
    string Name,
    string? Title,
    int Channel,
    EquatableArray<string> Requirements,
    EquatableArray<int> Actors,
    bool AfterFirst,
    EquatableArray<BoundDatedShare> Shares,
    Citation? Citation,
    SourceSpan Span)
{
    /// <summary><c>saves citizen N minutes</c>, or null.</summary>
    public BoundModelOperand? CitizenSaving { get; init; }
}

/// <summary>A share in force on [FromDay, UntilDay); null is unbounded.</summary>
public sealed record BoundDatedShare(BoundModelOperand Share, int? FromDay, int? UntilDay);

public sealed record BoundEffect(
    string Name,
    string? Title,
    int Condition,
    RequirementKind After,
    BoundModelOperand Multiplier,
    BoundModelOperand Weeks,
    Citation? Citation,
    SourceSpan Span);

public sealed record BoundTarget(
    string Name,
    string? Title,
    string Metric,
    double Value,
    double Tolerance,
    string Regime,
    int StartDay,
    int Weeks,
    Citation? Citation,
    SourceSpan Span)
{
    /// <summary>For a target on a difference: the regime it is measured against (Value is then under Regime minus under Against, negative when it falls).</summary>
    public string? Against { get; init; }
}

public sealed record BoundNames(EquatableArray<string> Female, EquatableArray<string> Male, EquatableArray<string> Family, Citation? Citation)
{
    public static BoundNames Empty { get; } = new(EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, null);
}
