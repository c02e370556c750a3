namespace Lovkode.Web.Contracts;

/// <summary>The rule-level difference between two regimes, and their counts in force on <see cref="Date"/>.</summary>
public sealed record LawDiff(string Baseline, string Reform, bool Extends, IReadOnlyList<DiffItem> Items, string Date, IReadOnlyList<RuleCount> Counts);

/// <summary>One difference: added, removed, changed or regrouped; what it is about; its citation.</summary>
public sealed record DiffItem(string Kind, string Target, string Name, string? Detail, string Citation);

/// <summary>How many groups, rules, variants and parameter values a regime has in force.</summary>
public sealed record RuleCount(string Regime, int Groups, int Rules, int Variants, int Values);

/// <summary>The answer to <c>POST /api/explain</c>: what <c>lovkode explain</c> prints, as data.</summary>
public sealed record CaseExplanation(
    string Regime,
    string Title,
    IReadOnlyList<FactValue> Facts,
    IReadOnlyList<string> Defaulted,
    ExplainedGroup Group,
    IReadOnlyList<SupervisionNote> Supervision,
    string Start,
    IReadOnlyList<ExplainedWeek> Weeks,
    IReadOnlyList<FiredRuleView> Fired,
    string Text);

public sealed record FactValue(string Name, string Value);

public sealed record ExplainedGroup(string Name, string Title, bool Outside, string Condition, string Citation);

public sealed record SupervisionNote(string Rule, bool Counted, string Reason);

public sealed record ExplainedWeek(int Week, string Date, IReadOnlyList<WeekEntry> Entries);

public sealed record WeekEntry(string Kind, string Rule, string Text, string Citation);

public sealed record FiredRuleView(string Rule, string Citation, IReadOnlyList<int> Weeks);

/// <summary>The answer to <c>POST /api/check</c>: every diagnostic, the regimes declared and whether the set compiles.</summary>
public sealed record CheckReport(bool Ok, IReadOnlyList<DiagnosticView> Diagnostics, IReadOnlyList<string> Regimes);

/// <summary>A diagnostic at file:line:col with its LK id, message and hint.</summary>
public sealed record DiagnosticView(string Id, string Severity, string File, int Line, int Column, string Message, string? Hint, string Text);

/// <summary>
/// <c>GET /api/population</c>: the default scenario's population model, its persons per replication,
/// and for each fact its cohorts are keyed by, each member's share of the stock (what a what-if's
/// <c>composition</c> reweights); and the domain's enum facts, by which a what-if's results can be
/// keyed (its <c>groupBy</c>).
/// </summary>
public sealed record PopulationView(string Model, string Title, int Size, IReadOnlyList<CompositionFact> Facts, IReadOnlyList<string> GroupingFacts);

public sealed record CompositionFact(string Fact, IReadOnlyList<CompositionShare> Members);

public sealed record CompositionShare(string Member, double Share);

/// <summary>
/// <c>GET /api/maps</c>: a tile map of an area's members (src/Lovkode.Law/maps): each member's
/// cell, the insets drawn enlarged, and a note on how it was made.
/// </summary>
public sealed record AreaMap(string Enum, string Title, string Note, IReadOnlyList<MapInset> Insets, IReadOnlyDictionary<string, IReadOnlyList<int>> Tiles);

public sealed record MapInset(string Title, int Column, int Row, int Columns, int Rows);
