namespace Lovkode.Spec.Language;

/// <summary>The shapes of a requirement's schedule (docs/spec-language.md).</summary>
public enum ScheduleKind
{
    /// <summary><c>once within N weeks</c>: one event in spell week N-1, the last week the deadline allows.</summary>
    OnceWithin,
    /// <summary>
    /// <c>K times within weeks A..B</c>: K events spread over spell weeks [A, B); event i
    /// (0-based) falls in week A + floor(i * (B - A) / K).
    /// </summary>
    TimesWithin,
    /// <summary>
    /// <c>every N weeks from week A [until week B]</c>: events in spell weeks A, A+N, A+2N, …
    /// while below B (no bound when Until is null).
    /// </summary>
    Every,
    /// <summary>
    /// <c>once after N cumulative weeks</c>: one event in the spell week where the citizen's
    /// cumulative weeks (this spell and earlier ones) first equal N.
    /// </summary>
    AfterCumulative,
}
