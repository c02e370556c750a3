namespace Lovkode.Spec.Diagnostics;

/// <summary>
/// The fixed part of a diagnostic: its id, severity, a message template with {0}-style holes
/// and a hint that says what to do. Every id has a page in docs/diagnostics.md.
/// </summary>
public sealed record DiagnosticDescriptor(string Id, string Title, Severity Severity, string MessageFormat, string Hint);
