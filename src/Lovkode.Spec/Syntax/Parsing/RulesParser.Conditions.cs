using System.Collections.Generic;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Lexing;
using Lovkode.Spec.Syntax.Tree;
using K = Lovkode.Spec.Syntax.Lexing.Keywords;

namespace Lovkode.Spec.Syntax.Parsing;

/// <summary>
/// Conditions, loosest first: or, and, not, then comparisons. Nesting is capped so that a
/// hostile file cannot overflow the stack.
/// </summary>
internal sealed partial class RulesParser
{
    public const int MaxNesting = 64;

    private int _depth;

    private ExprSyntax? ParseCondition()
    {
        _depth = 0;
        return ParseOr();
    }

    private ExprSyntax? ParseOr()
    {
        var operands = new List<ExprSyntax>();
        do
        {
            var operand = ParseAnd();
            if (operand is null) return null;
            operands.Add(operand);
        }
        while (Accept(K.Or));
        return Balanced(operands, 0, operands.Count, isAnd: false);
    }

    private ExprSyntax? ParseAnd()
    {
        var operands = new List<ExprSyntax>();
        do
        {
            var operand = ParseNot();
            if (operand is null) return null;
            operands.Add(operand);
        }
        while (Accept(K.And));
        return Balanced(operands, 0, operands.Count, isAnd: true);
    }

    /// <summary>
    /// A chain of and (or of or) as a balanced tree: the operators are associative, and a
    /// thousand-term chain then nests ten deep instead of a thousand, so no later pass can
    /// overflow its stack walking it.
    /// </summary>
    private ExprSyntax Balanced(List<ExprSyntax> operands, int start, int count, bool isAnd)
    {
        if (count == 1) return operands[start];
        var half = count / 2;
        var left = Balanced(operands, start, half, isAnd);
        var right = Balanced(operands, start + half, count - half, isAnd);
        var span = _lines.Span(left.Span.Start, right.Span.End - left.Span.Start);
        return new BinaryExprSyntax(isAnd, left, right, span);
    }

    private ExprSyntax? ParseNot()
    {
        var first = Current;
        if (!At(K.Not) && !At(TokenKind.OpenParen)) return ParsePrimary();
        if (++_depth > MaxNesting)
        {
            _reporter.Report(DiagnosticDescriptors.NestingTooDeep, _lines.Span(Current), MaxNesting);
            return null;
        }
        try
        {
            if (Accept(K.Not))
            {
                var operand = ParseNot();
                return operand is null ? null : new NotExprSyntax(operand, SpanFrom(first));
            }
            Advance(); // (
            var inner = ParseOr();
            if (inner is null || !Expect(TokenKind.CloseParen, "')'")) return null;
            return inner;
        }
        finally
        {
            _depth--;
        }
    }

    private ExprSyntax? ParsePrimary()
    {
        var first = Current;
        if (Accept(K.True)) return new LiteralExprSyntax(true, SpanFrom(first));
        if (Accept(K.False)) return new LiteralExprSyntax(false, SpanFrom(first));
        var fact = ExpectName("a condition: a fact's name, true, false, not or '('");
        if (fact is null) return null;
        if (TryCompareOp(out var op))
        {
            Advance();
            var value = ParseValue();
            return value is null ? null : new CompareExprSyntax(fact, op, value, SpanFrom(first));
        }
        var negated = false;
        if (At(K.Not) && Peek(1).IsKeyword(K.In))
        {
            _pos++;
            negated = true;
        }
        if (Accept(K.In))
        {
            if (!Expect(TokenKind.OpenBrace, "'{' before the set")) return null;
            var values = new List<ValueSyntax>();
            do
            {
                var value = ParseValue();
                if (value is null) return null;
                values.Add(value);
            }
            while (Accept(TokenKind.Comma));
            if (!Expect(TokenKind.CloseBrace, "'}' after the set")) return null;
            return new InExprSyntax(fact, values, negated, SpanFrom(first));
        }
        return new FactExprSyntax(fact, fact.Span);
    }

    private bool TryCompareOp(out CompareOp op)
    {
        switch (Current.Kind)
        {
            case TokenKind.Equals: op = CompareOp.Equal; return true;
            case TokenKind.NotEquals: op = CompareOp.NotEqual; return true;
            case TokenKind.Less: op = CompareOp.Less; return true;
            case TokenKind.LessOrEqual: op = CompareOp.LessOrEqual; return true;
            case TokenKind.Greater: op = CompareOp.Greater; return true;
            case TokenKind.GreaterOrEqual: op = CompareOp.GreaterOrEqual; return true;
            default: op = default; return false;
        }
    }

    private ValueSyntax? ParseValue()
    {
        var t = Current;
        var span = _lines.Span(t);
        switch (t.Kind)
        {
            case TokenKind.Identifier:
                Advance();
                return new ValueSyntax(ValueKind.Name, t.Text!, 0, 0, false, span);
            case TokenKind.Number:
                Advance();
                return new ValueSyntax(ValueKind.Number, t.Text!, t.Number, 0, false, span);
            case TokenKind.Percent:
                Advance();
                return new ValueSyntax(ValueKind.Percent, t.Text!, t.Number, 0, false, span);
            case TokenKind.Date:
                Advance();
                return new ValueSyntax(ValueKind.Date, t.Text!, 0, t.Day, false, span);
            case TokenKind.Keyword when t.Text == K.True || t.Text == K.False:
                Advance();
                return new ValueSyntax(ValueKind.Bool, t.Text!, 0, 0, t.Text == K.True, span);
            default:
                Expected("a value: an enum member, a number, a date, true or false");
                return null;
        }
    }
}
