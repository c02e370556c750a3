using Lovkode.Runtime;

namespace Lovkode.Cli.Explaining;

/// <summary>
/// What <c>lovkode explain</c> finds for one citizen, before it is printed: the group, how
/// supervision counts the case, the events due and exempted week by week, and the rules that
/// fired, each with its citation. <see cref="Explanation.Write(CaseTrace, TextWriter)"/> prints it;
/// the web app (Serving/) shows the same trace as a page and as JSON.
/// </summary>
public sealed record CaseTrace(
    RegimeInfo Regime,
    IReadOnlyList<(FactInfo Fact, string Value)> Facts,
    IReadOnlyList<string> Defaulted,
    GroupInfo Group,
    IReadOnlyList<SupervisionLine> Supervision,
    int FromWeek,
    int UntilWeek,
    DateOnly Start,
    int PriorWeeks,
    IReadOnlyList<TraceWeek> Weeks,
    IReadOnlyList<FiredRule> Fired);

/// <summary>How one supervision rule counts the case: counted, or not and why.</summary>
public sealed record SupervisionLine(SupervisionInfo Rule, bool Counted, string Reason, IReadOnlyList<ExemptionInfo> Exemptions);

/// <summary>A week in which something is due or exempted (or, verbose, did not apply).</summary>
public sealed record TraceWeek(int Week, DateOnly Date, IReadOnlyList<TraceEntry> Entries);

/// <summary>A rule that fired, the weeks it fired in, and its citation.</summary>
public sealed record FiredRule(string Rule, Citation Citation, IReadOnlyList<int> Weeks);
