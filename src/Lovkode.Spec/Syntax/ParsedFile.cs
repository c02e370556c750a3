using System;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Syntax;

/// <summary>
/// One file through the Syntax pass on its own: its tree and what lexing and parsing reported in
/// it. Parsing reads nothing but the file, so each file can be parsed apart and an edit re-parses
/// only its file (the source generator parses each additional file in its own step).
/// Two parsed files are equal when their sources are: the same text gives the same tree.
/// </summary>
public sealed class ParsedFile : IEquatable<ParsedFile>
{
    private ParsedFile(SpecSource source, SyntaxFile syntax, EquatableArray<Diagnostic> diagnostics)
    {
        Source = source;
        Syntax = syntax;
        Diagnostics = diagnostics;
    }

    public SpecSource Source { get; }

    public string Path => Source.Path;

    public SyntaxFile Syntax { get; }

    /// <summary>What the lexer and the parser reported, in the order they reported it.</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; }

    public static ParsedFile Parse(SpecSource source)
    {
        var bag = new DiagnosticBag();
        var syntax = SpecParser.Parse(source, bag);
        return new ParsedFile(source, syntax, bag.Items.ToEquatableArray());
    }

    /// <summary>A file the parser failed on (a bug, never bad input): no declarations, and the one diagnostic that says so.</summary>
    public static ParsedFile Failed(SpecSource source, Diagnostic diagnostic) =>
        new(source, new SyntaxFile(source, Array.Empty<Tree.DeclarationSyntax>()), new[] { diagnostic }.ToEquatableArray());

    public bool Equals(ParsedFile? other) => other is not null && (ReferenceEquals(this, other) || Source.Equals(other.Source));

    public override bool Equals(object? obj) => obj is ParsedFile other && Equals(other);

    public override int GetHashCode() => Source.GetHashCode();

    public override string ToString() => Path;
}
