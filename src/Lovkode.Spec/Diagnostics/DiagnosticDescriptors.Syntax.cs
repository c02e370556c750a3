namespace Lovkode.Spec.Diagnostics;

/// <summary>Syntax: LK0001–LK0009. The lexer and the parser report these and go on.</summary>
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor UnexpectedToken = new(
        "LK0001", "Unexpected token", Severity.Error,
        "Expected {0}, found {1}",
        "Check the spelling and the order of the clauses (docs/spec-language.md).{2}");

    public static readonly DiagnosticDescriptor UnterminatedString = new(
        "LK0002", "Unterminated string", Severity.Error,
        "The string has no closing quote on this line",
        "Close the string with \" on the same line; write a quote inside it as \\\" and a backslash as \\\\.");

    public static readonly DiagnosticDescriptor InvalidCharacter = new(
        "LK0003", "Invalid character", Severity.Error,
        "The character {0} cannot appear here",
        "Remove it (an invisible character is easiest to remove by retyping the text around it), or put the text in a string (\"...\") or after # as a comment.");

    public static readonly DiagnosticDescriptor NonAsciiName = new(
        "LK0004", "Name with a non-ASCII letter", Severity.Error,
        "The name '{0}' has a letter outside ASCII: {1}",
        "Write æ, ø and å as ae, oe and aa in names (Foertidspension); keep the real spelling in titles and citations.");

    public static readonly DiagnosticDescriptor NumberOutOfRange = new(
        "LK0005", "Number out of range", Severity.Error,
        "The number {0} is too large",
        "Numbers may have at most 12 digits before the point; check for a typo.");

    public static readonly DiagnosticDescriptor InvalidDate = new(
        "LK0006", "Invalid date", Severity.Error,
        "'{0}' is not a valid date",
        "Write dates as YYYY-MM-DD with a real month and day, e.g. 2026-07-01.");

    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "LK0007", "Nesting too deep", Severity.Error,
        "The condition has more than {0} levels of parentheses and 'not'",
        "Remove parentheses and 'not's that change nothing, or split the condition over several groups or exemptions.");

    public static readonly DiagnosticDescriptor DuplicateClause = new(
        "LK0008", "Clause given twice", Severity.Error,
        "The '{0}' clause is given twice in {1}",
        "Give each clause once; combine conditions with 'and', or list several groups after one 'for'.");

    public static readonly DiagnosticDescriptor TooManySyntaxErrors = new(
        "LK0009", "Too many syntax errors", Severity.Error,
        "More than {0} syntax errors; the rest of the file is not checked",
        "Fix the first errors and compile again; is this really a .rules file?");
}
