using System.Collections.Generic;
using Lovkode.Spec.Syntax.Lexing;
using Lovkode.Spec.Syntax.Tree;
using K = Lovkode.Spec.Syntax.Lexing.Keywords;
using W = Lovkode.Spec.Syntax.Lexing.ModelWords;

namespace Lovkode.Spec.Syntax.Parsing;

/// <summary>Cohorts: their key, stock, inflow, hazards, elapsed bound and draws.</summary>
internal sealed partial class RulesParser
{
    /// <summary><c>cohort Name "title" [citation]</c> then is, stock, inflow, hazard, draw, elapsed and a citation in any order.</summary>
    private CohortSyntax? ParseCohort()
    {
        var first = Advance();
        var name = ExpectName("the cohort's name");
        if (name is null) return null;
        var title = OptionalTitle();
        var where = "cohort " + name.Text;
        List<FactSettingSyntax>? key = null;
        ValueClauseSyntax? stock = null, inflow = null, elapsed = null;
        var hazards = new List<HazardSyntax>();
        var draws = new List<DrawSyntax>();
        CitationSyntax? citation = null;
        bool AtClause() => AtWord(W.Is) || AtWord(W.Stock) || AtWord(W.Inflow) || AtWord(W.Hazard) || AtWord(W.Draw) || AtWord(W.Elapsed) || AtCitation();
        while (!AtEnd && !AtDeclarationStart())
        {
            var clause = Current;
            var errors = _reporter.Errors;
            if (AcceptWord(W.Is))
            {
                key = Once(key, ParseSettings("a key fact, as in is benefit = Dagpenge"), clause, W.Is, where);
            }
            else if (AcceptWord(W.Stock))
            {
                stock = Once(stock, ParseValueClause(clause, "the number of persons on the cohort at the start"), clause, W.Stock, where);
            }
            else if (AcceptWord(W.Inflow))
            {
                var parsed = ParseValueClause(clause, "the persons entering a year", () => ExpectWord(W.Per) && ExpectWord(W.Year));
                inflow = Once(inflow, parsed, clause, W.Inflow, where);
            }
            else if (AcceptWord(W.Hazard))
            {
                var hazard = ParseHazard(clause);
                if (hazard is not null) hazards.Add(hazard);
            }
            else if (AtWord(W.Draw))
            {
                var draw = ParseDraw();
                if (draw is not null) draws.Add(draw);
            }
            else if (AcceptWord(W.Elapsed))
            {
                if (ExpectWord(W.Below))
                {
                    var parsed = ParseValueClause(clause, "the weeks the stock's elapsed spell stays below, as in elapsed below 104 weeks", () =>
                    {
                        Accept(K.Weeks);
                        return true;
                    });
                    elapsed = Once(elapsed, parsed, clause, W.Elapsed, where);
                }
            }
            else if (AtCitation())
            {
                citation = Once(citation, ParseCitation(), clause, "citation", where);
            }
            else
            {
                Expected($"a clause of {where} (is, stock, inflow, hazard, draw, elapsed below or a citation)");
            }
            if (_reporter.Errors != errors) SkipToClauseOrDeclaration(AtClause);
        }
        return new CohortSyntax(name, title, key, stock, inflow, hazards, draws, elapsed, citation, SpanFrom(first));
    }

    /// <summary><c>H in weeks A..B</c> or <c>H from week A</c> after <c>hazard</c>.</summary>
    private HazardSyntax? ParseHazard(Token first)
    {
        NumberSyntax? from = null, until = null;
        var value = ParseValueClause(first, "the weekly hazard, as in hazard 0.05 from week 4", () =>
        {
            if (Accept(K.In))
            {
                if (!Expect(K.Weeks)) return false;
                from = ExpectNumber("the first spell week, as in in weeks 0..4");
                if (from is null || !Expect(TokenKind.DotDot, "'..' between the weeks")) return false;
                until = ExpectNumber("the week the piece ends before, as in in weeks 0..4");
                return until is not null;
            }
            if (Accept(K.From))
            {
                if (!Expect(K.Week)) return false;
                from = ExpectNumber("the first spell week, as in from week 4");
                return from is not null;
            }
            Expected("'in weeks A..B' or 'from week A' after the hazard");
            return false;
        });
        return value is null || from is null ? null : new HazardSyntax(value, from, until, SpanFrom(first));
    }

    /// <summary><c>draw fact DISTRIBUTION [when C] [citation] [confidence L]</c>.</summary>
    private DrawSyntax? ParseDraw()
    {
        var first = Advance();
        var fact = ExpectName("the fact to draw, as in draw age triangular 20..66 mode 35");
        if (fact is null) return null;
        var distribution = ParseDistribution();
        if (distribution is null) return null;
        ExprSyntax? condition = null;
        if (Accept(K.When))
        {
            condition = ParseCondition();
            if (condition is null) return null;
        }
        var citation = AtModelCitation() ? ParseModelCitation() : null;
        if (AtModelCitation() && citation is null) return null;
        ConfidenceSyntax? confidence = null;
        if (AtWord(W.Confidence))
        {
            confidence = ParseConfidence();
            if (confidence is null) return null;
        }
        return new DrawSyntax(fact, distribution, condition, citation, confidence, SpanFrom(first));
    }

    /// <summary>
    /// <c>= value</c>, <c>SHARE</c>, <c>Member w, …</c>, <c>uniform LO..HI</c>, <c>triangular LO..HI mode M</c>,
    /// <c>histogram A..B: w, …</c> or <c>from Table</c>. A shape word is one only when a range
    /// <c>N..</c> follows it, so an enum member may still be called <c>uniform</c>.
    /// </summary>
    private DistributionSyntax? ParseDistribution()
    {
        var first = Current;
        if (Accept(TokenKind.Equals))
        {
            var value = ParseValue();
            return value is null ? null : new FixedDrawSyntax(value, SpanFrom(first));
        }
        if (Accept(K.From))
        {
            var table = ExpectName("the table's name, as in from Indbyggere");
            return table is null ? null : new TableDrawSyntax(table, SpanFrom(first));
        }
        if (At(TokenKind.Number) || At(TokenKind.Percent) || AtWord(W.Law))
        {
            var share = ParseModelNumber("the share for whom the fact is true, as in 45%");
            return share is null ? null : new ShareDrawSyntax(share, SpanFrom(first));
        }
        var shaped = At(TokenKind.Identifier) && Peek(1).Kind == TokenKind.Number && Peek(2).Kind == TokenKind.DotDot;
        if (shaped && AcceptWord(W.Uniform))
        {
            var bounds = ParseWholeRange("the lowest value, as in uniform 18..29");
            return bounds is null ? null : new UniformDrawSyntax(bounds.Value.Low, bounds.Value.High, SpanFrom(first));
        }
        if (shaped && AcceptWord(W.Triangular))
        {
            var bounds = ParseWholeRange("the lowest value, as in triangular 20..66 mode 35");
            if (bounds is null || !ExpectWord(W.Mode)) return null;
            var mode = ParseModelNumber("the most common value, as in mode 35");
            return mode is null ? null : new TriangularDrawSyntax(bounds.Value.Low, bounds.Value.High, mode, SpanFrom(first));
        }
        if (shaped && AcceptWord(W.Histogram))
        {
            var bins = new List<BinSyntax>();
            do
            {
                var binFirst = Current;
                var bounds = ParseWholeRange("a bin's lowest value, as in 2..8: 40%");
                if (bounds is null || !Expect(TokenKind.Colon, "':' before the bin's weight")) return null;
                var weight = ParseModelNumber("the bin's weight, as in 2..8: 40%");
                if (weight is null) return null;
                bins.Add(new BinSyntax(bounds.Value.Low, bounds.Value.High, weight, SpanFrom(binFirst)));
            }
            while (Accept(TokenKind.Comma));
            return new HistogramDrawSyntax(bins, SpanFrom(first));
        }
        if (At(TokenKind.Identifier))
        {
            var members = new List<WeightedMemberSyntax>();
            do
            {
                var memberFirst = Current;
                var member = ExpectName("a member of the fact's enum");
                if (member is null) return null;
                var weight = ParseModelNumber("the member's weight, as in Jobparat 60%");
                if (weight is null) return null;
                members.Add(new WeightedMemberSyntax(member, weight, SpanFrom(memberFirst)));
            }
            while (Accept(TokenKind.Comma));
            return new CategoricalDrawSyntax(members, SpanFrom(first));
        }
        Expected("how the fact is drawn: '= value', a share, members with weights, uniform, triangular, histogram or 'from Table'");
        return null;
    }

    private (NumberSyntax Low, NumberSyntax High)? ParseWholeRange(string what)
    {
        var low = ExpectNumber(what);
        if (low is null || !Expect(TokenKind.DotDot, "'..' between the bounds")) return null;
        var high = ExpectNumber("the upper bound");
        return high is null ? null : (low, high);
    }
}
