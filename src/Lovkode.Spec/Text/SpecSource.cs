namespace Lovkode.Spec.Text;

/// <summary>One .rules file as the compiler sees it: its path (for diagnostics) and its text.</summary>
public sealed record SpecSource(string Path, string Text);
