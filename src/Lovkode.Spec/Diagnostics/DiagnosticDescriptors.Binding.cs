namespace Lovkode.Spec.Diagnostics;

/// <summary>Binding: LK0010–LK0019 and LK0100–LK0149. Names, types, and reforms against their base.</summary>
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor UnknownName = new(
        "LK0010", "Unknown name", Severity.Error,
        "Unknown {0} '{1}'{2}",
        "Check the spelling (names are case-sensitive) and that the {0} is declared in this regime, its base or its domain.");

    public static readonly DiagnosticDescriptor DuplicateName = new(
        "LK0011", "Duplicate name", Severity.Error,
        "The {0} '{1}' is declared more than once",
        "Give each {0} its own name, or delete the extra declaration.");

    public static readonly DiagnosticDescriptor TypeMismatch = new(
        "LK0012", "Type mismatch", Severity.Error,
        "Wrong kind of value: {0}",
        "Compare enum facts with their members (= or != or in), bool facts with true/false, number facts with whole numbers and date facts with dates.");

    public static readonly DiagnosticDescriptor UnknownEnumMember = new(
        "LK0013", "Unknown enum member", Severity.Error,
        "'{0}' is not a member of enum {1}{2}",
        "Use one of the members the domain declares for {1}, or add the member to the enum.");

    public static readonly DiagnosticDescriptor TooManyFacts = new(
        "LK0014", "Too many facts", Severity.Error,
        "Domain {0} declares {1} facts; a citizen holds at most {2}",
        "Merge facts (an enum can replace several bools) or move what no condition reads out of the domain.");

    public static readonly DiagnosticDescriptor UnknownBaseRegime = new(
        "LK0015", "Unknown base regime", Severity.Error,
        "Regime {0} extends '{1}', which is not a regime in this compilation",
        "Check the spelling (names are case-sensitive). The base must be a regime built into lovkode or one declared in a file given to the same command, as in 'lovkode check base.rules reform.rules'; in a C# project, list the base's file as an AdditionalFiles item too.");

    public static readonly DiagnosticDescriptor ExtendsCycle = new(
        "LK0016", "Cycle of extends", Severity.Error,
        "Regime {0} extends itself: {1}",
        "A reform extends an older regime; break the cycle so that one regime stands on its own.");

    public static readonly DiagnosticDescriptor BaseLacksName = new(
        "LK0017", "Changing a name the base lacks", Severity.Error,
        "Cannot {0} {1} '{2}': base regime {3} has no such {1}",
        "Check the name against the base regime; to add something new, write a plain declaration instead.");

    public static readonly DiagnosticDescriptor BaseHasName = new(
        "LK0018", "Declaring a name the base has", Severity.Error,
        "The {0} '{1}' already exists in base regime {2}",
        "Write 'replace {0} {1} …' (or 'override parameter' for new values), or choose a new name.");

    public static readonly DiagnosticDescriptor RegroupDisagreement = new(
        "LK0019", "Merged groups disagree", Severity.Error,
        "Group {0} merges {1}, which have different values of parameter {2}",
        "Give the merged group one value with 'override parameter {2}', or do not merge these groups.");

    public static readonly DiagnosticDescriptor MissingDomain = new(
        "LK0100", "Regime without domain", Severity.Error,
        "Regime {0} names no domain",
        "Add 'domain Name' to the regime's header, or let it extend a regime that has one.");

    public static readonly DiagnosticDescriptor MissingClause = new(
        "LK0101", "Missing clause", Severity.Error,
        "{0} has no {1}",
        "Add the {1}; docs/spec-language.md shows every clause a declaration needs.");

    public static readonly DiagnosticDescriptor EmptyRange = new(
        "LK0102", "Empty range", Severity.Error,
        "The range {0} .. {1} is empty",
        "Write the lower bound first; a week window and a date interval include the start and exclude the end.");

    public static readonly DiagnosticDescriptor NotWholeNumber = new(
        "LK0103", "Whole number expected", Severity.Error,
        "{0} must be a whole number, not {1}",
        "Write a whole number without a fraction or a percent sign: weeks, days, counts, ages and range bounds are whole.");

    public static readonly DiagnosticDescriptor DeltaWithoutBase = new(
        "LK0104", "Change without a base", Severity.Error,
        "'{0}' changes a base regime, but regime {1} extends none",
        "Add 'extends Base' to the regime's header, or write a plain declaration.");

    public static readonly DiagnosticDescriptor UnitMismatch = new(
        "LK0105", "Wrong unit", Severity.Error,
        "{0} needs {1}, but parameter {2} is in {3}",
        "Use a parameter in {1}, or write the number in place.");

    public static readonly DiagnosticDescriptor ShareOutOfRange = new(
        "LK0106", "Share out of range", Severity.Error,
        "The share {0} is not between 0% and 100%",
        "Write a share as a percentage (75%) or a fraction (0.75) between 0 and 1.");

    public static readonly DiagnosticDescriptor GroupNotTakenOver = new(
        "LK0107", "Base group not taken over", Severity.Warning,
        "No new group takes over base group {0}; its rules and values lapse",
        "Add {0} to the 'from' list of the new group that takes its citizens over, or accept that its rules lapse.");

    public static readonly DiagnosticDescriptor DanglingReference = new(
        "LK0108", "Removed name still used", Severity.Error,
        "{0} still uses {1} '{2}', which this regime removes",
        "Remove or replace {0} as well, or keep the {1}.");

    public static readonly DiagnosticDescriptor WrongFileKind = new(
        "LK0109", "Declaration in the wrong kind of file", Severity.Error,
        "A {0} declaration belongs in {1}",
        "Domain files hold enum, fact, actor and channel; regime files hold groups, parameters, requirements, quotas and supervision, after a 'regime' header; model files hold cohorts, transitions, practice, tables and the rest of a model, after a 'model' header.");

    public static readonly DiagnosticDescriptor SeveralHeaders = new(
        "LK0110", "Second header in a file", Severity.Error,
        "This file already declares {0}; one file holds one domain or one regime",
        "Move the second domain or regime into a file of its own.");

    public static readonly DiagnosticDescriptor DomainMismatch = new(
        "LK0111", "Reform in another domain", Severity.Error,
        "Regime {0} names domain {1}, but its base {2} is in domain {3}",
        "Leave out 'domain' in a reform (it has its base's domain), or extend a regime of the same domain.");

    public static readonly DiagnosticDescriptor FromWithoutRegroup = new(
        "LK0112", "'from' without regroup", Severity.Error,
        "Group {0} says which base groups it takes over, but the regime does not regroup",
        "Add 'regroup § \"…\"' to the reform, or remove the 'from' clause.");

    public static readonly DiagnosticDescriptor ValueOutsideFactRange = new(
        "LK0113", "Value outside the fact's range", Severity.Warning,
        "{0} lies outside the range of fact {1} ({2})",
        "Check the constant, or widen the fact's range in the domain.");

    public static readonly DiagnosticDescriptor HoursOfParameter = new(
        "LK0114", "Hours of a parameter", Severity.Error,
        "The cost item {0} is in hours, but its amount is parameter {1}",
        "Declare the parameter in minutes and write 'minutes' in the cost; a parameter's value cannot be converted.");

    public static readonly DiagnosticDescriptor DuplicateRegroup = new(
        "LK0115", "Several regroups", Severity.Error,
        "The regime regroups more than once",
        "Write 'regroup' once; it applies to every group the file declares.");

    public static readonly DiagnosticDescriptor RuleForOutsideGroup = new(
        "LK0116", "Rule for an outside group", Severity.Error,
        "{0} names '{1}', which is declared outside: no effort applies to it",
        "Remove '{1}' from the list, or declare it as a group if the rule applies to its citizens.");
}
