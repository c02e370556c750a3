using System.Collections.Generic;
using Lovkode.Spec.Syntax.Lexing;
using Lovkode.Spec.Syntax.Tree;
using W = Lovkode.Spec.Syntax.Lexing.ModelWords;

namespace Lovkode.Spec.Syntax.Parsing;

/// <summary>The pieces model declarations share: where a declaration starts, numbers with ranges or 'law', citations, fact settings.</summary>
internal sealed partial class RulesParser
{
    /// <summary><c>model Name</c> anywhere; inside a model file also its declaration words.</summary>
    private bool AtModelDeclarationStart()
    {
        var t = Current;
        if (t.Text == W.Model) return Peek(1).Kind == TokenKind.Identifier;
        if (!_inModel) return false;
        foreach (var word in W.Declarations)
        {
            if (t.Text == word) return true;
        }
        return false;
    }

    private DeclarationSyntax? ParseModelDeclaration()
    {
        switch (Current.Text)
        {
            case W.Model: return ParseModelHeader();
            case W.Area: return ParseArea();
            case W.Table: return ParseTable();
            case W.All: return ParseAllCohorts();
            case W.Cohort: return ParseCohort();
            case W.Transition: return ParseTransition();
            case W.Practice: return ParsePractice();
            case W.Choice: return ParseChoice();
            case W.Effect: return ParseEffect();
            case W.Target: return ParseTarget();
            case W.Names: return ParseNames();
            default:
                Expected("a declaration");
                return null;
        }
    }

    /// <summary>A citation, or in a model also <c>calibrated "how"</c>.</summary>
    private bool AtModelCitation() => AtCitation() || AtWord(W.Calibrated);

    private CitationSyntax? ParseModelCitation()
    {
        if (!AtWord(W.Calibrated)) return ParseCitation();
        var first = Advance();
        if (!At(TokenKind.String))
        {
            Expected("how the value was calibrated, in quotes");
            return null;
        }
        var text = Advance();
        return new CitationSyntax(text.Text ?? string.Empty, false, SpanFrom(first)) { IsCalibrated = true };
    }

    private bool AtModelNumber() => At(TokenKind.Number) || At(TokenKind.Percent) || AtWord(W.Law);

    /// <summary>A number or a percentage with an optional <c>range</c>, or <c>law Name</c>.</summary>
    private ModelNumberSyntax? ParseModelNumber(string what)
    {
        var first = Current;
        if (AcceptWord(W.Law))
        {
            var name = ExpectName("the name of the regime's parameter, as in law DagpengePeriode");
            return name is null ? null : new ModelNumberSyntax(null, name, null, SpanFrom(first));
        }
        var number = ExpectNumber(what);
        if (number is null) return null;
        RangeSyntax? range = null;
        if (AtWord(W.Range))
        {
            range = ParseRange();
            if (range is null) return null;
        }
        return new ModelNumberSyntax(number, null, range, SpanFrom(first));
    }

    /// <summary>
    /// The end of a clause that states one number: a range if the number had none yet
    /// (<c>hazard 0.05 from week 4 range 0.04..0.06</c>), the citation, the confidence.
    /// </summary>
    private ValueClauseSyntax? FinishValue(ModelNumberSyntax number, Token first)
    {
        if (number.Range is null && number.Constant is not null && AtWord(W.Range))
        {
            var range = ParseRange();
            if (range is null) return null;
            number = number with { Range = range };
        }
        var citation = AtModelCitation() ? ParseModelCitation() : null;
        if (AtModelCitation() && citation is null) return null;
        ConfidenceSyntax? confidence = null;
        if (AtWord(W.Confidence))
        {
            confidence = ParseConfidence();
            if (confidence is null) return null;
        }
        return new ValueClauseSyntax(number, citation, confidence, SpanFrom(first));
    }

    /// <summary>A clause of one number: the number, then <paramref name="tail"/> (the clause's words after it), then its end.</summary>
    private ValueClauseSyntax? ParseValueClause(Token first, string what, System.Func<bool>? tail = null)
    {
        var number = ParseModelNumber(what);
        if (number is null) return null;
        if (tail is not null && !tail()) return null;
        return FinishValue(number, first);
    }

    /// <summary><c>fact = value {, fact = value}</c>.</summary>
    private List<FactSettingSyntax>? ParseSettings(string what)
    {
        var settings = new List<FactSettingSyntax>();
        do
        {
            var first = Current;
            var fact = ExpectName(what);
            if (fact is null || !Expect(TokenKind.Equals, "'=' after the fact's name")) return null;
            var value = ParseValue();
            if (value is null) return null;
            settings.Add(new FactSettingSyntax(fact, value, SpanFrom(first)));
        }
        while (Accept(TokenKind.Comma));
        return settings;
    }

    /// <summary><c>"text", "text", …</c>.</summary>
    private List<TitleSyntax>? ParseStringList(string what)
    {
        var items = new List<TitleSyntax>();
        do
        {
            var item = ExpectString(what);
            if (item is null) return null;
            items.Add(item);
        }
        while (Accept(TokenKind.Comma));
        return items;
    }

    /// <summary>Reports a clause given twice and keeps the first value when the second could not be read.</summary>
    private T? Once<T>(T? existing, T? parsed, Token clause, string word, string where) where T : class
    {
        if (existing is not null) DuplicateClause(word, clause, where);
        return parsed ?? existing;
    }
}
