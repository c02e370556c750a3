using System.Collections.Generic;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax.Lexing;
using Lovkode.Spec.Syntax.Parsing;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Syntax;

/// <summary>
/// The Syntax pass: .rules text → <see cref="SyntaxFile"/>. Recursive descent over the grammar in
/// docs/spec-language.md. It reports every error it meets, skips to the next declaration and
/// goes on; it never throws.
/// </summary>
public static class SpecParser
{
    public static SyntaxFile Parse(SpecSource source, DiagnosticBag diagnostics)
    {
        var lines = new LineMap(source);
        var reporter = new SyntaxReporter(diagnostics, lines);
        var tokens = SpecLexer.Lex(source, reporter);
        return new RulesParser(source, tokens, reporter).ParseFile();
    }

    /// <summary>The tokens of a source, for tools and tests; lexical errors go to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(SpecSource source, DiagnosticBag diagnostics)
    {
        var reporter = new SyntaxReporter(diagnostics, new LineMap(source));
        return SpecLexer.Lex(source, reporter);
    }
}
