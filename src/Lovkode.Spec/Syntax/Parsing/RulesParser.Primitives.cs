using System.Collections.Generic;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax.Lexing;
using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Text;
using K = Lovkode.Spec.Syntax.Lexing.Keywords;

namespace Lovkode.Spec.Syntax.Parsing;

/// <summary>Token access, expectations with their error reports, and the small pieces many declarations share.</summary>
internal sealed partial class RulesParser
{
    // ---- token primitives ----

    private Token Current => _tokens[_pos];

    private Token Peek(int offset)
    {
        var i = _pos + offset;
        return i < _tokens.Count ? _tokens[i] : _tokens[_tokens.Count - 1];
    }

    private Token Previous => _pos > 0 ? _tokens[_pos - 1] : _tokens[0];

    private bool AtEnd => Current.Kind == TokenKind.EndOfFile;

    private Token Advance()
    {
        var t = _tokens[_pos];
        if (t.Kind != TokenKind.EndOfFile) _pos++;
        return t;
    }

    private bool At(TokenKind kind) => Current.Kind == kind;

    private bool At(string keyword) => Current.IsKeyword(keyword);

    private bool Accept(string keyword)
    {
        if (!At(keyword)) return false;
        _pos++;
        return true;
    }

    private bool Accept(TokenKind kind)
    {
        if (!At(kind)) return false;
        _pos++;
        return true;
    }

    private bool Expect(string keyword)
    {
        if (Accept(keyword)) return true;
        Expected("'" + keyword + "'");
        return false;
    }

    private bool Expect(TokenKind kind, string what)
    {
        if (Accept(kind)) return true;
        Expected(what);
        return false;
    }

    /// <summary>Reports LK0001 at the current token, unless the lexer already reported it as bad.</summary>
    private void Expected(string what) => Expected(what, string.Empty);

    /// <summary>LK0001 with a sentence added to its hint (said only where it applies).</summary>
    private void Expected(string what, string hint)
    {
        if (Current.Kind == TokenKind.Bad)
        {
            // Count it, so that the declaration still recovers, but say nothing twice.
            _reporter.CountSilently();
            return;
        }
        _reporter.Report(DiagnosticDescriptors.UnexpectedToken, _lines.Span(Current), what, Describe(Current), hint);
    }

    /// <summary>
    /// LK0008, unless this declaration already had an error: after a clause that could not be
    /// read (a condition nested too deep, say), the parser may take the rest of that clause, such
    /// as an exemption's own citation, for a second clause of the declaration.
    /// </summary>
    private int _duplicatesInDeclaration;

    private void DuplicateClause(string clause, Token at, string declaration)
    {
        if (_reporter.ErrorsInDeclaration > _duplicatesInDeclaration) return;
        _duplicatesInDeclaration++;
        _reporter.Report(DiagnosticDescriptors.DuplicateClause, _lines.Span(at), clause, declaration);
    }

    private string Describe(Token t)
    {
        switch (t.Kind)
        {
            case TokenKind.EndOfFile: return "the end of the file";
            case TokenKind.Keyword: return "keyword '" + t.Text + "'";
            case TokenKind.Identifier: return "name '" + t.Text + "'";
            case TokenKind.String: return "a string";
            case TokenKind.Number: return "number " + t.Text;
            case TokenKind.Percent: return "percentage " + t.Text;
            case TokenKind.Date: return "date " + t.Text;
            default:
                var text = _source.Text.Substring(t.Start, System.Math.Min(t.Length, 20));
                return "'" + text + "'";
        }
    }

    private SourceSpan SpanFrom(Token first) => _lines.Span(first, Previous);

    // ---- small pieces shared by many declarations ----

    private NameSyntax? ExpectName(string what)
    {
        if (At(TokenKind.Identifier))
        {
            var t = Advance();
            return new NameSyntax(t.Text!, _lines.Span(t));
        }
        Expected(what, Current.Kind == TokenKind.Keyword
            ? $" '{Current.Text}' is a keyword and cannot be a name; choose another name (names are case-sensitive, so '{Capitalised(Current.Text!)}' is free)."
            : string.Empty);
        return null;
    }

    private static string Capitalised(string keyword) =>
        char.ToUpperInvariant(keyword[0]) + keyword.Substring(1).Replace("-", string.Empty);

    /// <summary><c>Name {, Name}</c>; null after an error (already reported).</summary>
    private List<NameSyntax>? ExpectNameList(string what)
    {
        var names = new List<NameSyntax>();
        do
        {
            var name = ExpectName(what);
            if (name is null) return null;
            names.Add(name);
        }
        while (Accept(TokenKind.Comma));
        if (At(TokenKind.Identifier) && !Peek(1).IsKeyword(K.Times))
        {
            Expected("',' between the names");
            return null;
        }
        return names;
    }

    private TitleSyntax? OptionalTitle()
    {
        if (!At(TokenKind.String)) return null;
        var t = Advance();
        return new TitleSyntax(t.Text ?? string.Empty, _lines.Span(t));
    }

    private TitleSyntax? ExpectString(string what)
    {
        if (At(TokenKind.String)) return OptionalTitle();
        Expected(what);
        return null;
    }

    private DateSyntax? ExpectDate(string what)
    {
        if (At(TokenKind.Date))
        {
            var t = Advance();
            return new DateSyntax(t.Day, t.Text!, _lines.Span(t));
        }
        Expected(what);
        return null;
    }

    private NumberSyntax? ExpectNumber(string what)
    {
        if (At(TokenKind.Number) || At(TokenKind.Percent))
        {
            var t = Advance();
            return new NumberSyntax(t.Number, t.Kind == TokenKind.Percent, t.Text!, _lines.Span(t));
        }
        Expected(what);
        return null;
    }

    /// <summary>A constant or a parameter's name.</summary>
    private OperandSyntax? ExpectOperand(string what)
    {
        if (At(TokenKind.Number) || At(TokenKind.Percent))
        {
            var number = ExpectNumber(what)!;
            return new OperandSyntax(number, null, number.Span);
        }
        if (At(TokenKind.Identifier))
        {
            var name = ExpectName(what)!;
            return new OperandSyntax(null, name, name.Span);
        }
        Expected(what);
        return null;
    }

    /// <summary>Empty, or nothing but spaces and invisible characters.</summary>
    private static bool IsBlank(string? text)
    {
        if (text is null) return true;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !CharacterNames.IsInvisible(c)) return false;
        }
        return true;
    }

    private bool AtCitation() => At(TokenKind.Section) || At(K.Cite) || At(K.Assumed);

    /// <summary><c>§ "…"</c>, <c>cite "…"</c> or <c>assumed "why"</c>; call only when <see cref="AtCitation"/>.</summary>
    private CitationSyntax? ParseCitation()
    {
        var first = Advance();
        var isAssumption = first.IsKeyword(K.Assumed);
        if (!At(TokenKind.String))
        {
            Expected(isAssumption ? "the reason for the assumption, in quotes" : "the citation text, in quotes");
            return null;
        }
        var text = Advance();
        if (IsBlank(text.Text))
        {
            // A citation or a reason is required so that the rule can be checked against its source: a blank one says nothing.
            _reporter.Report(DiagnosticDescriptors.BlankReason, _lines.Span(text), isAssumption ? "reason for the assumption" : "citation");
        }
        return new CitationSyntax(text.Text ?? string.Empty, isAssumption, SpanFrom(first));
    }
}
