using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Syntax;

// PLACEHOLDER until the Syntax pass lands: the owner of Syntax/ replaces this file.
public static class SpecParser
{
    public static SyntaxFile Parse(SpecSource source, DiagnosticBag diagnostics) => new(source);
}

public sealed class SyntaxFile
{
    public SyntaxFile(SpecSource source) => Source = source;

    public SpecSource Source { get; }
}
