using System.Collections.Generic;
using Lovkode.Spec.Syntax.Lexing;
using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Text;
using K = Lovkode.Spec.Syntax.Lexing.Keywords;
using W = Lovkode.Spec.Syntax.Lexing.ModelWords;

namespace Lovkode.Spec.Syntax.Parsing;

/// <summary>A model file's header and its small declarations: area, table, all cohorts, cost, target, names.</summary>
internal sealed partial class RulesParser
{
    /// <summary><c>model Name</c> then its header clauses in any order, each at most once.</summary>
    private ModelHeaderSyntax? ParseModelHeader()
    {
        var first = Advance();
        _inModel = true;
        var name = ExpectName("the model's name");
        if (name is null) return null;
        NameSyntax? domain = null, currency = null;
        TitleSyntax? title = null, source = null;
        CitationSyntax? citation = null;
        var where = "model " + name.Text;
        while (true)
        {
            var clause = Current;
            if (At(TokenKind.String))
            {
                if (title is not null) DuplicateClause("title", clause, where);
                title = OptionalTitle();
            }
            else if (Accept(K.Domain))
            {
                var d = ExpectName("the domain's name");
                if (d is null) break;
                domain = Once(domain, d, clause, K.Domain, where);
            }
            else if (Accept(K.Source))
            {
                var s = ExpectString("the model's source, in quotes");
                if (s is null) break;
                source = Once(source, s, clause, K.Source, where);
            }
            else if (AcceptWord(W.Currency))
            {
                var c = ExpectName("the currency's ISO 4217 code, as in currency EUR");
                if (c is null) break;
                currency = Once(currency, c, clause, W.Currency, where);
            }
            else if (AtCitation())
            {
                var c = ParseCitation();
                if (c is null) break;
                citation = Once(citation, c, clause, "citation", where);
            }
            else
            {
                break;
            }
        }
        return new ModelHeaderSyntax(name, title, domain, source, citation, SpanFrom(first)) { Currency = currency };
    }

    /// <summary>
    /// <c>area fact [citation]</c> then, in any order, <c>result spread V</c>, <c>result worse above V</c>
    /// and <c>alternative V</c>, each a value with its citation.
    /// </summary>
    private AreaSyntax? ParseArea()
    {
        var first = Advance();
        var fact = ExpectName("the enum fact results are split by, as in area municipality");
        if (fact is null) return null;
        var citation = AtCitation() ? ParseCitation() : null;
        var where = "area " + fact.Text;
        ValueClauseSyntax? spread = null, worse = null, alternative = null;
        bool AtClause() => AtWord(W.Result) || AtWord(W.Alternative);
        while (!AtEnd && !AtDeclarationStart() && AtClause())
        {
            var clause = Current;
            var errors = _reporter.Errors;
            if (AcceptWord(W.Result))
            {
                if (AcceptWord(W.Spread))
                {
                    spread = Once(spread, ParseValueClause(clause, "the spread of the areas' result measure, as in result spread 5%"), clause, W.Spread, where);
                }
                else if (ExpectWord(W.Worse) && ExpectWord(W.Above))
                {
                    worse = Once(worse, ParseValueClause(clause, "the deviation above which a result is worse than expected, as in result worse above 10%"), clause, W.Worse, where);
                }
            }
            else if (AcceptWord(W.Alternative))
            {
                alternative = Once(alternative, ParseValueClause(clause, "the share of cases that meet a supervision rule's alternative, as in alternative 15%"), clause, W.Alternative, where);
            }
            if (_reporter.Errors != errors) SkipToClauseOrDeclaration(AtClause);
        }
        return new AreaSyntax(fact, citation, SpanFrom(first)) { ResultSpread = spread, WorseAbove = worse, Alternative = alternative };
    }

    /// <summary><c>table Name "title" of fact [citation] Member weight, Member weight, … [citation]</c></summary>
    private TableSyntax? ParseTable()
    {
        var first = Advance();
        var name = ExpectName("the table's name");
        if (name is null) return null;
        var title = OptionalTitle();
        if (!Expect(K.Of)) return null;
        var fact = ExpectName("the enum fact the table weights, as in of municipality");
        if (fact is null) return null;
        var where = "table " + name.Text;
        var citation = AtCitation() ? ParseCitation() : null;
        var rows = new List<TableRowSyntax>();
        if (At(TokenKind.Identifier) && !AtDeclarationStart())
        {
            do
            {
                var rowFirst = Current;
                var member = ExpectName("a member of the fact's enum");
                if (member is null) break;
                var weight = ExpectNumber("the member's weight, a number of 0 or more");
                if (weight is null) break;
                rows.Add(new TableRowSyntax(member, weight, SpanFrom(rowFirst)));
            }
            while (Accept(TokenKind.Comma));
        }
        else
        {
            Expected("the table's rows, as in Albertslund 28000, Alleroed 26500");
        }
        if (AtCitation())
        {
            var clause = Current;
            citation = Once(citation, ParseCitation(), clause, "citation", where);
        }
        return new TableSyntax(name, title, fact, rows, citation, SpanFrom(first));
    }

    /// <summary><c>all cohorts</c> then draws.</summary>
    private AllCohortsSyntax? ParseAllCohorts()
    {
        var first = Advance();
        if (!ExpectWord(W.Cohorts)) return null;
        var draws = new List<DrawSyntax>();
        while (!AtEnd && !AtDeclarationStart())
        {
            var errors = _reporter.Errors;
            if (AtWord(W.Draw))
            {
                var draw = ParseDraw();
                if (draw is not null) draws.Add(draw);
            }
            else
            {
                Expected("'draw' in all cohorts");
            }
            if (_reporter.Errors != errors) SkipToClauseOrDeclaration(() => AtWord(W.Draw));
        }
        return new AllCohortsSyntax(draws, SpanFrom(first));
    }

    /// <summary><c>cost hour VALUE [dkk] …</c> or <c>cost fte VALUE [hours] …</c></summary>
    private ModelCostSyntax? ParseModelCost()
    {
        var first = Advance();
        bool isHour;
        if (AcceptWord(W.Hour))
        {
            isHour = true;
        }
        else if (AcceptWord(W.Fte))
        {
            isHour = false;
        }
        else
        {
            Expected("'hour' (what a caseworker hour costs) or 'fte' (hours in a full-time year)");
            return null;
        }
        SourceSpan? dkk = null;
        var value = ParseValueClause(first, isHour ? "the cost of one caseworker hour in the model's currency" : "the hours of one full-time year",
            () =>
            {
                if (isHour)
                {
                    if (At(K.Dkk)) dkk = _lines.Span(Advance());
                    else AcceptWord(W.Money);
                }
                else
                {
                    Accept(K.Hours);
                }

                return true;
            });
        return value is null ? null : new ModelCostSyntax(isHour, value, SpanFrom(first)) { DkkSpan = dkk };
    }

    /// <summary>
    /// <c>target Name "title" metric "id" = VALUE within TOL (in YEAR | from DATE [for N weeks]) under Regime citation</c>,
    /// clauses after the title in any order.
    /// </summary>
    private TargetSyntax? ParseTarget()
    {
        var first = Advance();
        var name = ExpectName("the target's name");
        if (name is null) return null;
        var title = OptionalTitle();
        var where = "target " + name.Text;
        TitleSyntax? metric = null;
        NumberSyntax? value = null, tolerance = null, year = null, weeks = null;
        DateSyntax? from = null;
        NameSyntax? regime = null, against = null;
        CitationSyntax? citation = null;
        bool? rises = null;
        SourceSpan? changeSpan = null;
        bool AtClause() => AtWord(W.Metric) || At(TokenKind.Equals) || AtWord(W.Falls) || AtWord(W.Rises) || At(K.Within) || At(K.In) || At(K.From) || At(K.For)
            || AtWord(W.Under) || AtWord(W.Against) || AtCitation();
        while (!AtEnd && !AtDeclarationStart())
        {
            var clause = Current;
            var errors = _reporter.Errors;
            if (AcceptWord(W.Metric))
            {
                metric = Once(metric, ExpectString("the metric's id in quotes, as in metric \"interviews\""), clause, W.Metric, where);
            }
            else if (Accept(TokenKind.Equals))
            {
                value = Once(value, ExpectNumber("the published figure"), clause, "=", where);
            }
            else if (AtWord(W.Falls) || AtWord(W.Rises))
            {
                var word = Advance();
                if (Expect(K.By))
                {
                    var change = Once(value, ExpectNumber("the size of the change, as in falls by 572"), clause, "=", where);
                    if (change is not null && !ReferenceEquals(change, value))
                    {
                        rises = word.Text == W.Rises;
                        changeSpan = _lines.Span(word);
                    }
                    value = change;
                }
            }
            else if (Accept(K.Within))
            {
                tolerance = Once(tolerance, ExpectNumber("the tolerance, as in within 10%"), clause, K.Within, where);
            }
            else if (Accept(K.In))
            {
                year = Once(year, ExpectNumber("the year, as in in 2024"), clause, K.In, where);
            }
            else if (Accept(K.From))
            {
                from = Once(from, ExpectDate("the first day of the period (YYYY-MM-DD)"), clause, K.From, where);
            }
            else if (Accept(K.For))
            {
                var n = ExpectNumber("the length of the period, as in for 52 weeks");
                if (n is not null && Expect(K.Weeks)) weeks = Once(weeks, n, clause, K.For, where);
            }
            else if (AcceptWord(W.Under))
            {
                regime = Once(regime, ExpectName("the regime in force, as in under Kontaktforloeb2024"), clause, W.Under, where);
            }
            else if (AcceptWord(W.Against))
            {
                against = Once(against, ExpectName("the regime the change is measured against, as in against Pohjoismainen2022"), clause, W.Against, where);
            }
            else if (AtCitation())
            {
                citation = Once(citation, ParseCitation(), clause, "citation", where);
            }
            else
            {
                Expected($"a clause of {where} (metric, =, falls by, rises by, within, in, from, for, under, against or a citation)");
            }

            if (_reporter.Errors != errors) SkipToClauseOrDeclaration(AtClause);
        }
        return new TargetSyntax(name, title, metric, value, tolerance, year, from, weeks, regime, citation, SpanFrom(first))
        {
            Rises = rises,
            ChangeSpan = changeSpan,
            Against = against,
        };
    }

    /// <summary><c>names female "…", … male "…", … family "…", … citation</c></summary>
    private NamesSyntax? ParseNames()
    {
        var first = Advance();
        List<TitleSyntax>? female = null, male = null, family = null;
        CitationSyntax? citation = null;
        const string Where = "names";
        bool AtClause() => AtWord(W.Female) || AtWord(W.Male) || AtWord(W.Family) || AtCitation();
        while (!AtEnd && !AtDeclarationStart())
        {
            var clause = Current;
            var errors = _reporter.Errors;
            if (AcceptWord(W.Female)) female = Once(female, ParseStringList("a first name in quotes"), clause, W.Female, Where);
            else if (AcceptWord(W.Male)) male = Once(male, ParseStringList("a first name in quotes"), clause, W.Male, Where);
            else if (AcceptWord(W.Family)) family = Once(family, ParseStringList("a family name in quotes"), clause, W.Family, Where);
            else if (AtCitation()) citation = Once(citation, ParseCitation(), clause, "citation", Where);
            else Expected("female, male, family or a citation in names");
            if (_reporter.Errors != errors) SkipToClauseOrDeclaration(AtClause);
        }
        return new NamesSyntax(female ?? new List<TitleSyntax>(), male ?? new List<TitleSyntax>(), family ?? new List<TitleSyntax>(), citation, SpanFrom(first));
    }
}
