using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Syntax;

/// <summary>
/// One parsed .rules file: its declarations in source order, headers included. Whatever the
/// parser could not read was reported and skipped; the rest is here.
/// </summary>
public sealed class SyntaxFile
{
    public SyntaxFile(SpecSource source, IReadOnlyList<DeclarationSyntax> declarations)
    {
        Source = source;
        Declarations = declarations;
    }

    public SpecSource Source { get; }

    public string Path => Source.Path;

    public IReadOnlyList<DeclarationSyntax> Declarations { get; }

    public IEnumerable<T> OfType<T>() where T : DeclarationSyntax => Declarations.OfType<T>();
}
