namespace Lovkode.Runtime;

/// <summary>
/// A group of persons with one set of key facts (a benefit and a visitation category, say): how
/// many are on it at the start (the stock), how many come in (a yearly inflow, or the steady
/// state stock ÷ mean spell length when <see cref="InflowPerYear"/> is null), how fast they leave
/// (hazards by spell week), and how every other fact is distributed among them.
/// </summary>
/// <param name="Key">The facts that define the cohort. A transition that sets facts lands a person in the cohort whose key matches.</param>
/// <param name="Hazards">Weekly exit hazards by spell week, in order; together they cover weeks 0 to infinity.</param>
/// <param name="Draws">How each fact not in <see cref="Key"/> is drawn, in the order they are drawn (a draw's conditions read only facts drawn before it).</param>
/// <param name="ElapsedBelow">For the stock: the elapsed spell is taken modulo this many weeks (a person cannot be further into a benefit than the law allows it to last), or null.</param>
public sealed record CohortInfo(
    string Name,
    string Title,
    IReadOnlyList<FactSetting> Key,
    ModelOperand Stock,
    ModelOperand? InflowPerYear,
    IReadOnlyList<HazardPiece> Hazards,
    IReadOnlyList<FactDrawInfo> Draws,
    ModelOperand? ElapsedBelow,
    Citation Citation);

/// <summary>A fact set to one value: an enum member's index, 0/1 for a bool, a whole number or a day number.</summary>
public readonly record struct FactSetting(int Slot, int Value);

/// <summary>The weekly exit hazard in spell weeks [FromWeek, UntilWeek); UntilWeek null is open-ended.</summary>
public sealed record HazardPiece(int FromWeek, int? UntilWeek, ModelOperand Hazard);

/// <summary>How one fact is drawn: the first case whose condition holds (condition -1 always holds; the last case always has -1).</summary>
public sealed record FactDrawInfo(int Slot, IReadOnlyList<DrawCase> Cases);

/// <summary>One case of a fact's draw: when <see cref="Condition"/> holds (-1: always), draw from <see cref="Distribution"/>.</summary>
public sealed record DrawCase(int Condition, FactDistribution Distribution, Citation Citation);

/// <summary>A distribution of one fact's values.</summary>
public abstract record FactDistribution;

/// <summary>Always the same value.</summary>
public sealed record FixedValue(int Value) : FactDistribution;

/// <summary>A bool fact that is true with the given share.</summary>
public sealed record BoolShare(ModelOperand Share) : FactDistribution;

/// <summary>An enum fact's members with relative weights (shares that need not sum to one).</summary>
public sealed record Categorical(IReadOnlyList<WeightedValue> Weights) : FactDistribution;

/// <summary>A whole number uniform on [Low, High] (both included).</summary>
public sealed record UniformNumber(ModelOperand Low, ModelOperand High) : FactDistribution;

/// <summary>A whole number from the triangular distribution on [Low, High + 1) with its mode at <see cref="Mode"/>, floored.</summary>
public sealed record TriangularNumber(ModelOperand Low, ModelOperand Mode, ModelOperand High) : FactDistribution;

/// <summary>A whole number from bins [Low, High) with relative weights, uniform within a bin.</summary>
public sealed record Histogram(IReadOnlyList<HistogramBin> Bins) : FactDistribution;

/// <summary>An enum fact drawn from a weighted table (<see cref="ModelInfo.Tables"/>), such as municipalities by population.</summary>
public sealed record FromTable(int Table) : FactDistribution;

public readonly record struct WeightedValue(int Value, ModelOperand Weight);

public readonly record struct HistogramBin(int Low, int High, ModelOperand Weight);

/// <summary>A weighted table of one enum fact's members (the 98 municipalities by population, say): data, not uncertain.</summary>
public sealed record TableInfo(string Name, string Title, int Slot, IReadOnlyList<TableRow> Rows, Citation Citation);

public readonly record struct TableRow(int Member, double Weight);
