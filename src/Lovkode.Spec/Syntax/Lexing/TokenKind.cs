namespace Lovkode.Spec.Syntax.Lexing;

public enum TokenKind
{
    EndOfFile,
    /// <summary>A name: ASCII letters, digits and <c>_</c>, starting with a letter.</summary>
    Identifier,
    /// <summary>A reserved lower-case word, including <c>follow-up</c>; see <see cref="Keywords"/>.</summary>
    Keyword,
    /// <summary>A double-quoted string; <see cref="Token.Text"/> holds its unescaped content.</summary>
    String,
    /// <summary>A whole or decimal number.</summary>
    Number,
    /// <summary>A number followed by <c>%</c>; <see cref="Token.Number"/> is already divided by 100.</summary>
    Percent,
    /// <summary>An ISO date; <see cref="Token.Day"/> is its day number.</summary>
    Date,
    /// <summary>The citation mark <c>§</c>.</summary>
    Section,
    OpenBrace,
    CloseBrace,
    OpenParen,
    CloseParen,
    Comma,
    Colon,
    Equals,
    NotEquals,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    DotDot,
    /// <summary>Text the lexer could not read; already reported.</summary>
    Bad,
}
