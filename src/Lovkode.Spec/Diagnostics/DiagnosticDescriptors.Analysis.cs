namespace Lovkode.Spec.Diagnostics;

/// <summary>
/// Analysis: LK0020–LK0099. Checks over a bound regime: coverage of the target groups,
/// parameter timelines, requirements that can never fire, schedules that cannot be met,
/// quotas and supervision, citations, and lint (simplification candidates).
/// </summary>
public static partial class DiagnosticDescriptors
{
    // Target groups (LBI § 6: the target groups are exhaustive and mutually exclusive).
    public static readonly DiagnosticDescriptor GroupOverlap = new(
        "LK0020", "Target groups overlap", Severity.Error,
        "{0} falls in both {1} and {2}",
        "Tighten one of the two conditions so that no citizen satisfies both, e.g. add 'and not (…)' for the other group's condition.");

    public static readonly DiagnosticDescriptor GroupGap = new(
        "LK0021", "Citizen in no target group", Severity.Error,
        "{0} falls in no group of regime {1}",
        "Widen a group's condition or add an 'outside' declaration for citizens no effort applies to.");

    public static readonly DiagnosticDescriptor GroupNeverHolds = new(
        "LK0022", "Target group can never hold", Severity.Warning,
        "No citizen satisfies the condition of group {0}",
        "Check the condition against the facts' ranges and enums; a group no one can be in should be removed.");

    public static readonly DiagnosticDescriptor AnalysisStopped = new(
        "LK0023", "Check stopped at its work limit", Severity.Info,
        "The {0} gave up after {1} combinations of facts, without a verdict: it is unknown, not passed",
        "Simplify the conditions (fewer facts per condition, fewer distinct numbers and dates); the other checks still ran. A program that calls the compiler can raise AnalysisOptions.MaxCoverageCells.");

    // Parameters: dated values (the interval of a value line is [from, until)).
    public static readonly DiagnosticDescriptor ParameterValuesOverlap = new(
        "LK0024", "Dated values overlap", Severity.Error,
        "Parameter {0} has two values for {1} from {2}: {3} and {4}",
        "Give the older value an 'until' equal to the newer value's 'from', so that the intervals meet without overlapping.");

    public static readonly DiagnosticDescriptor ParameterValuesGap = new(
        "LK0025", "Gap between dated values", Severity.Error,
        "{1} leave parameter {0} without a value from {2} until {3}",
        "Let each value's 'until' equal the next value's 'from', or add a value line for the gap.");

    public static readonly DiagnosticDescriptor ParameterValueMissing = new(
        "LK0026", "Parameter has no value for a group", Severity.Error,
        "Parameter {0} has no value for group {1} {2}, but {3} uses it",
        "Add a value line 'for {1} = …' (or a value for every group) that covers the dates the rule is in force.");

    // Requirements that can never fire.
    public static readonly DiagnosticDescriptor RequirementNeverFires = new(
        "LK0027", "Requirement can never fire", Severity.Error,
        "Requirement {0} can never fire: {1}",
        "Check the 'when' condition and the exemptions against the conditions of the groups in its 'for' list.");

    public static readonly DiagnosticDescriptor RequirementDeadForGroup = new(
        "LK0028", "Requirement never applies to a listed group", Severity.Warning,
        "Requirement {0} never applies to group {1}: no citizen of {1} satisfies its condition and escapes its exemptions",
        "Remove {1} from the 'for' list, or correct the 'when' condition.");

    public static readonly DiagnosticDescriptor ExemptionAlwaysHolds = new(
        "LK0029", "Exemption always holds", Severity.Error,
        "The exemption of requirement {0} holds for every citizen the requirement applies to",
        "An exemption should exclude some citizens, not all: narrow its condition or remove the requirement.");

    public static readonly DiagnosticDescriptor RequirementEndsBeforeRegime = new(
        "LK0030", "Requirement ends before the regime takes effect", Severity.Error,
        "Requirement {0} is in force only until {1}, but regime {2} takes effect on {3}",
        "Correct the 'until' date, or leave the requirement out of this regime: it is never in force while the regime is.");

    public static readonly DiagnosticDescriptor RequirementOnlyOutside = new(
        "LK0031", "Requirement only for outside groups", Severity.Error,
        "Requirement {0} applies only to outside groups ({1}), to which no effort applies",
        "List target groups in 'for', or remove the requirement.");

    // Schedules that cannot be met.
    public static readonly DiagnosticDescriptor ScheduleTooDense = new(
        "LK0032", "Schedule cannot be met", Severity.Error,
        "{0} times within weeks {1}..{2} cannot be met: {0} events in {3} weeks{4}",
        "At most one event falls in a week: widen the window or lower the count.");

    public static readonly DiagnosticDescriptor EmptyWeekWindow = new(
        "LK0033", "Empty week window", Severity.Error,
        "The week window {0}..{1} of {2} is empty{3}",
        "A window A..B holds weeks A up to, not including, B: B must be greater than A.");

    public static readonly DiagnosticDescriptor NonPositivePeriod = new(
        "LK0034", "Zero-length deadline or interval", Severity.Error,
        "{0} of {1} is {2}{3}; it must be at least 1",
        "'once within N weeks' falls due in week N-1 and 'every N weeks' repeats after N weeks: N must be 1 or more.");

    public static readonly DiagnosticDescriptor NegativeNumber = new(
        "LK0035", "Negative number", Severity.Error,
        "{0} is negative ({1}){2}",
        "Weeks, counts, minutes and DKK are never negative.");

    // Quotas and supervision.
    public static readonly DiagnosticDescriptor QuotaShareOutOfRange = new(
        "LK0036", "Quota share out of range", Severity.Error,
        "The share of the quota on {0} is {1}{2}, outside 0%..100%",
        "A quota's share is between 0 and 1: write 75% or 0.75.");

    public static readonly DiagnosticDescriptor QuotaWindowNeverReached = new(
        "LK0037", "Quota window never reached", Severity.Error,
        "The quota on {0} covers weeks {1}..{2}, but {0} falls due only in {3}",
        "Move the quota's window to the weeks in which the requirement falls due, or correct the requirement's schedule.");

    public static readonly DiagnosticDescriptor QuotaGroupNotCovered = new(
        "LK0038", "Quota on a group the requirement skips", Severity.Error,
        "The quota on {0} names group {1}, to which {0} does not apply",
        "Name only groups in the requirement's 'for' list, or add {1} to that list.");

    public static readonly DiagnosticDescriptor SupervisionThresholdOutOfRange = new(
        "LK0039", "Supervision threshold out of range", Severity.Error,
        "The threshold of supervision {0} is {1}{2}, outside 0%..100%",
        "A threshold is a share of cases: write 70% or 0.7.");

    public static readonly DiagnosticDescriptor SupervisionExemptsEveryCase = new(
        "LK0043", "Supervision exempts every case it measures", Severity.Error,
        "Supervision {0} counts no case: its exemptions cover every citizen of {1}, the groups a requirement of kind {2} reaches",
        "An exemption should leave some cases to measure: narrow its condition, or remove the supervision rule.");

    // A reform's finding in a rule of its base that the base itself does not have (Analysis/ReformFindings).
    // Its severity is that of the finding it carries.
    public static readonly DiagnosticDescriptor ReformBreaksBase = new(
        "LK0044", "Reform breaks a rule of its base", Severity.Error,
        "{0} breaks {1} of {2}: {3} {4} (at {5})",
        "The rule comes from {2} ({5}), not from this file: change this reform so that the rule holds again, or override or replace {1} here as well. {3} says: {6}");

    // Citations (every rule cites its paragraph).
    public static readonly DiagnosticDescriptor MissingCitation = new(
        "LK0040", "Missing citation", Severity.Warning,
        "{0} has no citation",
        "Cite the paragraph with § \"…\" (or cite \"…\"); if no public source gives it, write assumed \"why\".");

    // Lint: simplification candidates.
    public static readonly DiagnosticDescriptor LintParameterVariesByGroup = new(
        "LK0041", "Parameter differs across groups only by a constant", Severity.Info,
        "Parameter {0} differs across groups only by its value ({1}); harmonising to {2} ({3}) removes {4} variant(s), changing events by {5} and caseworker minutes by {6} per case over {7} weeks",
        "If the difference has no legal reason, give the parameter one value for every group.");

    public static readonly DiagnosticDescriptor LintRequirementsDifferByConstant = new(
        "LK0042", "Requirements differ only by a constant", Severity.Info,
        "Requirements {0} are identical but for {1} ({2}); harmonising to {3} ({4}) removes {5} variant(s), changing events by {6} and caseworker minutes by {7} per case over {8} weeks",
        "If the difference has no legal reason, merge them into one requirement for all their groups.");
}
