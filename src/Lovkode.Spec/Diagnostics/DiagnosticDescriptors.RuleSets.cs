namespace Lovkode.Spec.Diagnostics;

/// <summary>
/// A user's set of files compiled together with a built-in law: LK0130–LK0139. The compiler
/// itself does not know which files are built in; the tool that puts the set together (the
/// CLI's front end) reports these, with the same ids, places and hints as every other pass.
/// </summary>
public static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor ShadowsBuiltIn = new(
        "LK0130", "Name of a built-in regime or domain", Severity.Error,
        "The {0} {1} has the name of a built-in {0}; your file would replace it, and every built-in regime built on it",
        "Give it a name of its own; or, if you mean to replace the built-in one, say so: --replace-builtin NAME on the command line, or rules: { replaceBuiltin: [NAME] } in a scenario.");

    public static readonly DiagnosticDescriptor ReplacesBuiltIn = new(
        "LK0131", "Replaces a built-in regime or domain", Severity.Info,
        "The {0} {1} replaces the built-in {0} {1}, as asked; built-in regimes rebuilt on it: {2}",
        "Every command now uses yours in place of the built-in one. Without --replace-builtin (or replaceBuiltin in a scenario), a file that takes a built-in name is an error (LK0130).");

    public static readonly DiagnosticDescriptor BuiltInBrokenByReplacement = new(
        "LK0132", "Built-in regime broken by a replacement", Severity.Error,
        "Built-in {0} builds on your {1} and no longer compiles on it: {2}",
        "Your file replaces what the built-in law was written against: give it what the built-in regimes change, or give it a name of its own so that the built-in law stays as it is.");

    public static readonly DiagnosticDescriptor AmbiguousBesideFile = new(
        "LK0133", "Several files beside it declare the name", Severity.Error,
        "{0} names the {1} {2}, which no file given declares and several files beside it do: {3}",
        "Give the file you mean on the command line (or in the scenario's rules:), or remove the copies.");
}
