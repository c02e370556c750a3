using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Syntax.Lexing;

/// <summary>
/// Splits a .rules text into tokens in one forward pass (linear time). Lexical errors become
/// diagnostics and the lexer goes on, so that the parser sees as much of the file as it can.
/// </summary>
internal sealed class SpecLexer
{
    /// <summary>Digits before the point; more cannot be a legal quantity and risks precision loss.</summary>
    private const int MaxIntegerDigits = 12;

    private readonly string _text;
    private readonly SyntaxReporter _reporter;
    private readonly List<Token> _tokens;
    private readonly NameTable _names = new();
    private int _pos;

    private SpecLexer(string text, SyntaxReporter reporter)
    {
        _text = text;
        _reporter = reporter;
        // About one token per six characters in real specs; sizing up front avoids regrowing a large list.
        _tokens = new List<Token>(text.Length / 6 + 16);
    }

    public static List<Token> Lex(SpecSource source, SyntaxReporter reporter)
    {
        var lexer = new SpecLexer(source.Text ?? string.Empty, reporter);
        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        while (true)
        {
            SkipTrivia();
            if (_pos >= _text.Length)
            {
                _tokens.Add(new Token(TokenKind.EndOfFile, _text.Length, 0));
                return;
            }
            LexToken();
        }
    }

    private void SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            // A byte-order mark is trivia only where editors write it, at the very start; anywhere
            // else it is an invisible character that splits a name, and is reported.
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || (c == CharacterNames.ByteOrderMark && _pos == 0))
            {
                _pos++;
            }
            else if (c == '#')
            {
                // CR, LF and CRLF all end a line: a file with old-Mac line endings must not vanish into one comment.
                while (_pos < _text.Length && _text[_pos] != '\n' && _text[_pos] != '\r') _pos++;
            }
            else
            {
                return;
            }
        }
    }

    private void LexToken()
    {
        var start = _pos;
        var c = _text[_pos];
        if (IsAsciiLetter(c) || (c > 127 && char.IsLetter(c)))
        {
            LexWord(start);
            return;
        }
        if (IsDigit(c))
        {
            LexNumberOrDate(start);
            return;
        }
        switch (c)
        {
            case '"': LexString(start); return;
            case '§': Add(TokenKind.Section, start, 1); return;
            case '{': Add(TokenKind.OpenBrace, start, 1); return;
            case '}': Add(TokenKind.CloseBrace, start, 1); return;
            case '(': Add(TokenKind.OpenParen, start, 1); return;
            case ')': Add(TokenKind.CloseParen, start, 1); return;
            case ',': Add(TokenKind.Comma, start, 1); return;
            case ':': Add(TokenKind.Colon, start, 1); return;
            case '=': Add(TokenKind.Equals, start, 1); return;
            case '<':
                if (Next(1) == '=') Add(TokenKind.LessOrEqual, start, 2);
                else Add(TokenKind.Less, start, 1);
                return;
            case '>':
                if (Next(1) == '=') Add(TokenKind.GreaterOrEqual, start, 2);
                else Add(TokenKind.Greater, start, 1);
                return;
            case '!':
                if (Next(1) == '=')
                {
                    Add(TokenKind.NotEquals, start, 2);
                    return;
                }
                break;
            case '.':
                if (Next(1) == '.')
                {
                    Add(TokenKind.DotDot, start, 2);
                    return;
                }
                break;
            case '-':
                if (IsDigit(Next(1)))
                {
                    LexNegativeNumber(start);
                    return;
                }
                break;
        }
        LexInvalid(start);
    }

    private void LexWord(int start)
    {
        var nonAscii = false;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (IsAsciiLetter(c) || IsDigit(c) || c == '_')
            {
                _pos++;
            }
            else if (c > 127 && char.IsLetterOrDigit(c)) { nonAscii = true; _pos++; }
            else
            {
                break;
            }
        }
        var word = _names.Get(_text, start, _pos - start);
        if (nonAscii)
        {
            _reporter.Report(DiagnosticDescriptors.NonAsciiName, start, word.Length, word, FirstNonAscii(word));
            _tokens.Add(new Token(TokenKind.Identifier, start, word.Length, word));
            return;
        }
        // follow-up is the one keyword with a hyphen (a cost item).
        if (word == "follow" && Next(0) == '-' && Next(1) == 'u' && Next(2) == 'p' && !IsWordChar(Next(3)))
        {
            _pos += 3;
            _tokens.Add(new Token(TokenKind.Keyword, start, _pos - start, Keywords.FollowUp));
            return;
        }
        if (Keywords.TryGet(word, out var keyword))
        {
            _tokens.Add(new Token(TokenKind.Keyword, start, word.Length, keyword));
            return;
        }
        _tokens.Add(new Token(TokenKind.Identifier, start, word.Length, word));
    }

    private void LexNumberOrDate(int start)
    {
        while (_pos < _text.Length && IsDigit(_text[_pos])) _pos++;
        var integerDigits = _pos - start;
        if (integerDigits == 4 && Next(0) == '-' && IsDigit(Next(1)) && IsDigit(Next(2)) && Next(3) == '-' && IsDigit(Next(4)) && IsDigit(Next(5)))
        {
            _pos += 6;
            var text = _text.Substring(start, 10);
            if (!SpecDate.TryParse(text, out var day))
            {
                _reporter.Report(DiagnosticDescriptors.InvalidDate, start, 10, text);
                _tokens.Add(new Token(TokenKind.Bad, start, 10, text));
                return;
            }
            _tokens.Add(new Token(TokenKind.Date, start, 10, text, day: day));
            return;
        }
        // A point makes a decimal only when a digit follows: 0..120 is a range, not 0. and .120.
        if (Next(0) == '.' && IsDigit(Next(1)))
        {
            _pos++;
            while (_pos < _text.Length && IsDigit(_text[_pos])) _pos++;
        }
        if ((Next(0) == 'e' || Next(0) == 'E') && (IsDigit(Next(1)) || ((Next(1) == '+' || Next(1) == '-') && IsDigit(Next(2)))))
        {
            _pos += 2;
            while (_pos < _text.Length && IsWordChar(_text[_pos])) _pos++;
            var written = _text.Substring(start, _pos - start);
            _reporter.Report(DiagnosticDescriptors.NumberWithExponent, start, _pos - start, Abbreviate(written));
            _tokens.Add(new Token(TokenKind.Bad, start, _pos - start, written));
            return;
        }
        var numberText = _text.Substring(start, _pos - start);
        var isPercent = Next(0) == '%';
        if (isPercent) _pos++;
        if (integerDigits > MaxIntegerDigits)
        {
            _reporter.Report(DiagnosticDescriptors.NumberOutOfRange, start, _pos - start, Abbreviate(numberText));
            _tokens.Add(new Token(TokenKind.Bad, start, _pos - start, numberText));
            return;
        }
        var value = double.Parse(numberText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        _tokens.Add(isPercent
            ? new Token(TokenKind.Percent, start, _pos - start, numberText + "%", value / 100.0)
            : new Token(TokenKind.Number, start, _pos - start, numberText, value));
    }

    /// <summary>
    /// The language has no minus sign: a '-' before a number is a negative amount (weeks,
    /// counts, minutes, DKK), reported as such at its place rather than as a stray '-'.
    /// </summary>
    private void LexNegativeNumber(int start)
    {
        _pos++;
        var before = _tokens.Count;
        LexNumberOrDate(_pos);
        var number = _tokens[before];
        _tokens.RemoveAt(before);
        if (number.Kind != TokenKind.Bad)
        {
            _reporter.Report(DiagnosticDescriptors.NegativeNumber, start, _pos - start, "A number", "-" + number.Text, "; the .rules language has no minus sign");
        }
        _tokens.Add(new Token(TokenKind.Bad, start, _pos - start, "-" + number.Text));
    }

    private void LexString(int start)
    {
        _pos++; // opening quote
        // Fast path: most strings have no escape, so one Substring suffices.
        var scan = _pos;
        while (scan < _text.Length && _text[scan] != '"' && _text[scan] != '\\' && _text[scan] != '\n' && _text[scan] != '\r' && _text[scan] != CharacterNames.Replacement) scan++;
        if (scan < _text.Length && _text[scan] == '"')
        {
            var content = _text.Substring(_pos, scan - _pos);
            _pos = scan + 1;
            _tokens.Add(new Token(TokenKind.String, start, _pos - start, content));
            return;
        }
        var builder = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length || _text[_pos] == '\n' || _text[_pos] == '\r')
            {
                _reporter.Report(DiagnosticDescriptors.UnterminatedString, start, _pos - start);
                _tokens.Add(new Token(TokenKind.String, start, _pos - start, builder.ToString()));
                return;
            }
            var c = _text[_pos];
            if (c == '"')
            {
                _pos++;
                _tokens.Add(new Token(TokenKind.String, start, _pos - start, builder.ToString()));
                return;
            }
            if (c == CharacterNames.Replacement && _text[_pos - 1] != CharacterNames.Replacement) ReportNotUtf8(_pos);
            if (c == '\\' && (Next(1) == '"' || Next(1) == '\\'))
            {
                builder.Append(Next(1));
                _pos += 2;
                continue;
            }
            builder.Append(c);
            _pos++;
        }
    }

    private void LexInvalid(int start)
    {
        // One diagnostic for a run of invalid characters, not one per character; bytes that
        // were not UTF-8 get their own diagnostic, so a run does not mix the two.
        var c = _text[_pos];
        var notUtf8 = c == CharacterNames.Replacement;
        // A surrogate pair is one character; a lone surrogate is shown alone (never with the line break after it).
        var shown = char.IsHighSurrogate(c) && _pos + 1 < _text.Length && char.IsLowSurrogate(_text[_pos + 1]) ? _text.Substring(_pos, 2) : c.ToString();
        _pos += shown.Length;
        while (_pos < _text.Length && IsInvalidStart(_pos) && (_text[_pos] == CharacterNames.Replacement) == notUtf8) _pos++;
        if (notUtf8) _reporter.Report(DiagnosticDescriptors.NotUtf8, start, _pos - start);
        else _reporter.Report(DiagnosticDescriptors.InvalidCharacter, start, _pos - start, CharacterNames.Show(shown));
        _tokens.Add(new Token(TokenKind.Bad, start, _pos - start));
    }

    /// <summary>A decoder put U+FFFD where the file's bytes were not UTF-8: say so at that place.</summary>
    private void ReportNotUtf8(int at)
    {
        var end = at;
        while (end < _text.Length && _text[end] == CharacterNames.Replacement) end++;
        _reporter.Report(DiagnosticDescriptors.NotUtf8, at, end - at);
    }

    /// <summary>True when the character at <paramref name="at"/> would itself be reported as invalid.</summary>
    private bool IsInvalidStart(int at)
    {
        var c = _text[at];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '#' || c == '"') return false;
        if (IsAsciiLetter(c) || IsDigit(c) || (c > 127 && char.IsLetter(c))) return false;
        if ("§{}(),:=<>".IndexOf(c) >= 0) return false;
        var next = at + 1 < _text.Length ? _text[at + 1] : '\0';
        if (c == '!' && next == '=') return false;
        if (c == '.' && next == '.') return false;
        return true;
    }

    private void Add(TokenKind kind, int start, int length)
    {
        _pos = start + length;
        _tokens.Add(new Token(kind, start, length));
    }

    private char Next(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsWordChar(char c) => IsAsciiLetter(c) || IsDigit(c) || c == '_' || (c > 127 && char.IsLetterOrDigit(c));

    private static string Abbreviate(string digits) => digits.Length <= 24 ? digits : digits.Substring(0, 20) + "…";

    /// <summary>The first character of a name that is not ASCII, shown by code point (it may look like an ASCII one).</summary>
    private static string FirstNonAscii(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] > 127) return CharacterNames.Show(word.Substring(i, char.IsHighSurrogate(word[i]) && i + 1 < word.Length ? 2 : 1));
        }
        return string.Empty;
    }
}
