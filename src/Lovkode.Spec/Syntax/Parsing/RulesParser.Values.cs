using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Lexing;
using Lovkode.Spec.Syntax.Tree;
using W = Lovkode.Spec.Syntax.Lexing.ModelWords;

namespace Lovkode.Spec.Syntax.Parsing;

/// <summary>Contextual words, and what may follow a value: its range and its confidence.</summary>
internal sealed partial class RulesParser
{
    /// <summary>The name <paramref name="word"/> standing where a contextual keyword may (ModelWords).</summary>
    private bool AtWord(string word) => Current.Kind == TokenKind.Identifier && Current.Text == word;

    private bool AcceptWord(string word)
    {
        if (!AtWord(word)) return false;
        _pos++;
        return true;
    }

    private bool ExpectWord(string word)
    {
        if (AcceptWord(word)) return true;
        Expected("'" + word + "'");
        return false;
    }

    /// <summary><c>range LO..HI [uniform|triangular|normal|lognormal|beta]</c>; call only at <c>range</c>.</summary>
    private RangeSyntax? ParseRange()
    {
        var first = Advance();
        var low = ExpectNumber("the lower bound, as in range 60..120");
        if (low is null || !Expect(TokenKind.DotDot, "'..' between the bounds of the range")) return null;
        var high = ExpectNumber("the upper bound, as in range 60..120");
        if (high is null) return null;
        RangeShape? shape = null;
        if (TryShape(out var parsed))
        {
            Advance();
            shape = parsed;
        }
        return new RangeSyntax(low, high, shape, SpanFrom(first));
    }

    private bool TryShape(out RangeShape shape)
    {
        shape = default;
        if (Current.Kind != TokenKind.Identifier) return false;
        switch (Current.Text)
        {
            case W.Uniform: shape = RangeShape.Uniform; return true;
            case W.Triangular: shape = RangeShape.Triangular; return true;
            case W.Normal: shape = RangeShape.Normal; return true;
            case W.LogNormal: shape = RangeShape.LogNormal; return true;
            case W.Beta: shape = RangeShape.Beta; return true;
            default: return false;
        }
    }

    /// <summary><c>confidence high|medium|low</c>; call only at <c>confidence</c>.</summary>
    private ConfidenceSyntax? ParseConfidence()
    {
        var first = Advance();
        ConfidenceLevel level;
        if (AtWord(W.High)) level = ConfidenceLevel.High;
        else if (AtWord(W.Medium)) level = ConfidenceLevel.Medium;
        else if (AtWord(W.Low)) level = ConfidenceLevel.Low;
        else
        {
            Expected("high, medium or low after 'confidence'");
            return null;
        }
        Advance();
        return new ConfidenceSyntax(level, SpanFrom(first));
    }
}
