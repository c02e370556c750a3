namespace Lovkode.Spec.Syntax.Lexing;

/// <summary>
/// One token: its kind, where it is (offset and length in the source), and its value. A value
/// type, so that a large file lexes without an object per token.
/// </summary>
public readonly struct Token
{
    public Token(TokenKind kind, int start, int length, string? text = null, double number = 0, int day = 0)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Text = text;
        Number = number;
        Day = day;
    }

    public TokenKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    /// <summary>The name, the keyword, or the unescaped content of a string.</summary>
    public string? Text { get; }

    public double Number { get; }

    public int Day { get; }

    public bool IsKeyword(string keyword) => Kind == TokenKind.Keyword && Text == keyword;
}
