namespace Lovkode.Spec.Diagnostics;

/// <summary>
/// The text of a file and the form of its strings: LK0117–LK0129. The lexer and the parser
/// report these (the Syntax range LK0001–LK0009 is full), and FileUnits reports a file that
/// declares nothing.
/// </summary>
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor NotUtf8 = new(
        "LK0117", "Text that is not UTF-8", Severity.Error,
        "The file has bytes here that are not valid UTF-8 (shown as U+FFFD, replacement character)",
        "Save the file as UTF-8 (most editors offer it under 'Save with encoding') and retype the characters shown as �.");

    public static readonly DiagnosticDescriptor FileDeclaresNothing = new(
        "LK0118", "File declares nothing", Severity.Warning,
        "The file declares nothing: no domain and no regime",
        "A .rules file starts with 'domain Name' or 'regime Name …'. If the file is meant to be empty, remove it from the compilation; if it is not, check that it is the right file and that a '#' comment does not hide its text.");

    public static readonly DiagnosticDescriptor NumberWithExponent = new(
        "LK0120", "Number with an exponent", Severity.Error,
        "The number {0} is written with an exponent",
        "Write numbers in plain digits, such as 1000, 0.75 or 75%; weeks, counts, minutes and DKK never need an exponent.");

    public static readonly DiagnosticDescriptor NumberTooLarge = new(
        "LK0121", "Number too large for what it counts", Severity.Error,
        "{0} is {1}, more than {2}, {3}",
        "Check the number for a typo: no deadline, window, count or bound in the law comes near {2}.");

    public static readonly DiagnosticDescriptor BlankReason = new(
        "LK0119", "Blank citation or reason", Severity.Error,
        "The {0} is blank",
        "Write the paragraph the rule comes from, e.g. § \"LBI § 13, stk. 1\"; if no public source gives it, write assumed \"…\" with the reason you assume it.");
}
