using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Syntax;
using Lovkode.Spec.Syntax.Lexing;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Tests.Syntax;

public sealed class LexerTests
{
    private static (IReadOnlyList<Token> Tokens, DiagnosticBag Bag) Lex(string text)
    {
        var bag = new DiagnosticBag();
        return (SpecParser.Tokenize(new SpecSource("t.rules", text), bag), bag);
    }

    private static TokenKind[] Kinds(string text) => Lex(text).Tokens.Select(t => t.Kind).ToArray();

    [Fact]
    public void Punctuation_and_operators()
    {
        Assert.Equal(
            new[] { TokenKind.OpenBrace, TokenKind.CloseBrace, TokenKind.OpenParen, TokenKind.CloseParen, TokenKind.Comma, TokenKind.Colon,
                TokenKind.Equals, TokenKind.NotEquals, TokenKind.Less, TokenKind.LessOrEqual, TokenKind.Greater, TokenKind.GreaterOrEqual,
                TokenKind.DotDot, TokenKind.Section, TokenKind.EndOfFile },
            Kinds("{ } ( ) , : = != < <= > >= .. §"));
    }

    [Fact]
    public void Numbers_percentages_ranges_and_dates()
    {
        var (tokens, bag) = Lex("3 0.75 75% 0..120 2026-07-01");
        Assert.Empty(bag.Items);
        Assert.Equal(3, tokens[0].Number);
        Assert.Equal(0.75, tokens[1].Number);
        Assert.Equal(TokenKind.Percent, tokens[2].Kind);
        Assert.Equal(0.75, tokens[2].Number, 12);
        Assert.Equal(new[] { TokenKind.Number, TokenKind.DotDot, TokenKind.Number }, tokens.Skip(3).Take(3).Select(t => t.Kind));
        Assert.Equal(120, tokens[5].Number);
        Assert.Equal(TokenKind.Date, tokens[6].Kind);
        Assert.Equal(SpecDate.FromDateTime(new DateTime(2026, 7, 1)), tokens[6].Day);
    }

    [Fact]
    public void Strings_unescape_quote_and_backslash()
    {
        var (tokens, bag) = Lex("\"LBI § 13, \\\"stk.\\\" 1 \\\\ æøå\"");
        Assert.Empty(bag.Items);
        Assert.Equal("LBI § 13, \"stk.\" 1 \\ æøå", tokens[0].Text);
    }

    [Fact]
    public void Comments_keywords_follow_up_and_names()
    {
        var (tokens, bag) = Lex("# a comment\ncost follow-up 35 minutes # another\nCvFrist_2 cite assumed");
        Assert.Empty(bag.Items);
        Assert.True(tokens[0].IsKeyword("cost"));
        Assert.True(tokens[1].IsKeyword("follow-up"));
        Assert.Equal("CvFrist_2", tokens[4].Text);
        Assert.Equal(TokenKind.Identifier, tokens[4].Kind);
        Assert.True(tokens[5].IsKeyword("cite"));
        Assert.True(tokens[6].IsKeyword("assumed"));
    }

    [Theory]
    [InlineData("\"open", "LK0002", 1)]
    [InlineData("\"line\nbreak\"", "LK0002", 1)]
    [InlineData("a $ b", "LK0003", 3)]
    [InlineData("group Førtidspension", "LK0004", 7)]
    [InlineData("1234567890123456789", "LK0005", 1)]
    [InlineData("2026-02-30", "LK0006", 1)]
    public void Lexical_errors_are_diagnostics_at_their_place(string text, string id, int column)
    {
        var (_, bag) = Lex(text);
        var d = bag.Items.First(x => x.Id == id);
        Assert.Equal(1, d.Span.Line);
        Assert.Equal(column, d.Span.Column);
        Assert.False(string.IsNullOrWhiteSpace(d.Hint));
    }

    [Fact]
    public void Token_spans_have_lines_and_columns()
    {
        var file = new SpecSource("t.rules", "domain D\n  enum E: A");
        var lines = new LineMap(file);
        var tokens = SpecParser.Tokenize(file, new DiagnosticBag());
        var span = lines.Span(tokens[2]); // enum
        Assert.Equal((2, 3, 2, 7), (span.Line, span.Column, span.EndLine, span.EndColumn));
        Assert.Equal("t.rules", span.Path);
        Assert.Equal(11, span.Start);
        Assert.Equal(4, span.Length);
    }
}
