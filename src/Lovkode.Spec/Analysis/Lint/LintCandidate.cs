using Lovkode.Spec.Collections;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Analysis.Lint;

public enum LintKind
{
    /// <summary>A parameter whose per-group values differ, e.g. a CV deadline of 2 weeks for one group and 3 for another.</summary>
    ParameterVariesByGroup,
    /// <summary>Requirements for different groups that are identical but for one number, e.g. a count of interviews.</summary>
    RequirementsDifferByConstant,
}

/// <summary>Which value a harmonisation moves every group to.</summary>
public enum HarmonisationTarget
{
    /// <summary>The value most groups already have, so that the fewest groups change.</summary>
    MostCommon,
    /// <summary>The lowest value, chosen when no value is more common than another.</summary>
    Lowest,
}

/// <summary>One value a rule takes, the groups that have it, and (for requirements) which requirement gives it.</summary>
public sealed record LintVariant(double Value, EquatableArray<string> Groups, string? Requirement);

/// <summary>The static estimate for one group, per case over a spell of <see cref="LintSaving.SpellWeeks"/> weeks.</summary>
public sealed record GroupSaving(string Group, double EventsBefore, double EventsAfter, double CaseworkerMinutesBefore, double CaseworkerMinutesAfter);

/// <summary>
/// What harmonising would save, computed from the spec alone (no caseload): variants removed,
/// and the change in events and caseworker minutes per case over one spell with no earlier
/// spells, averaged over the groups whose value changes. Negative deltas are savings.
/// </summary>
public sealed record LintSaving(
    int VariantsRemoved,
    int SpellWeeks,
    double EventsPerCaseDelta,
    double CaseworkerMinutesPerCaseDelta,
    EquatableArray<GroupSaving> ByGroup);

/// <summary>
/// A simplification candidate: a rule that differs across groups only by a constant. The
/// CLI's <c>lint</c> command lists these; the compiler also reports each as an info diagnostic.
/// </summary>
public sealed record LintCandidate(
    LintKind Kind,
    string Rule,
    string Varying,
    EquatableArray<string> Requirements,
    EquatableArray<LintVariant> Variants,
    double HarmonisedValue,
    HarmonisationTarget Target,
    string TargetReason,
    string Suggestion,
    LintSaving Saving,
    SourceSpan Span);
