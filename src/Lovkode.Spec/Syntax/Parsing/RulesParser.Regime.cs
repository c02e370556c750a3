using System.Collections.Generic;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Lexing;
using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Text;
using K = Lovkode.Spec.Syntax.Lexing.Keywords;
using W = Lovkode.Spec.Syntax.Lexing.ModelWords;

namespace Lovkode.Spec.Syntax.Parsing;

/// <summary>Target groups, parameters, quotas, supervision, and the deltas of a reform.</summary>
internal sealed partial class RulesParser
{
    /// <summary><c>group|outside Name "title"</c> then <c>from</c>, <c>when</c> and a citation in any order.</summary>
    private GroupSyntax? ParseGroup(DeltaKind delta, Token first)
    {
        // The group or outside keyword was just read; first is it, or the replace before it.
        var isOutside = Previous.IsKeyword(K.Outside);
        var name = ExpectName(isOutside ? "the name of the outside declaration" : "the group's name");
        if (name is null) return null;
        var title = OptionalTitle();
        List<NameSyntax>? from = null;
        ExprSyntax? condition = null;
        CitationSyntax? citation = null;
        var where = (isOutside ? "outside " : "group ") + name.Text;
        bool AtClause() => At(K.From) || At(K.When) || AtCitation();
        while (!AtEnd && !AtDeclarationStart())
        {
            var clause = Current;
            var errors = _reporter.Errors;
            if (Accept(K.From))
            {
                var names = ExpectNameList("the name of a base group this group takes over");
                if (from is not null) DuplicateClause(K.From, clause, where);
                from = names ?? from;
            }
            else if (Accept(K.When))
            {
                var c = ParseCondition();
                if (condition is not null) DuplicateClause(K.When, clause, where);
                condition = c ?? condition;
            }
            else if (AtCitation())
            {
                var c = ParseCitation();
                if (citation is not null) DuplicateClause("citation", clause, where);
                citation = c ?? citation;
            }
            else
            {
                Expected("'when', 'from' or a citation in " + where);
            }
            if (_reporter.Errors != errors) SkipToClauseOrDeclaration(AtClause);
        }
        return new GroupSyntax(delta, isOutside, name, title, from, condition, citation, SpanFrom(first));
    }

    /// <summary><c>parameter Name unit "title"</c> then value lines (<c>for …</c> or <c>= …</c>).</summary>
    private ParameterSyntax? ParseParameter(DeltaKind delta, Token first)
    {
        var name = ExpectName("the parameter's name");
        if (name is null) return null;
        ParameterUnit? unit = null;
        SourceSpan? unitSpan = null;
        if (TryUnit(out var parsed))
        {
            unitSpan = _lines.Span(Advance());
            unit = parsed;
        }
        else if (delta != DeltaKind.Override)
        {
            Expected("the parameter's unit: weeks, days, minutes, hours, dkk or money, share or count");
            return null;
        }
        var title = OptionalTitle();
        var values = new List<ParameterValueSyntax>();
        bool AtValue() => At(K.For) || At(TokenKind.Equals);
        while (AtValue())
        {
            var errors = _reporter.Errors;
            var value = ParseParameterValue();
            if (value is not null) values.Add(value);
            if (_reporter.Errors != errors) SkipToClauseOrDeclaration(AtValue);
        }
        if (values.Count == 0 && _reporter.ErrorsInDeclaration == 0)
        {
            Expected("a value line, as in '= 3 § \"…\"' or 'for Group = 3 § \"…\"'");
        }
        return new ParameterSyntax(delta, name, unit, unitSpan, title, values, SpanFrom(first));
    }

    private bool TryUnit(out ParameterUnit unit)
    {
        unit = default;
        if (AtWord(W.Money))
        {
            // 'money' says what 'dkk' says without naming a currency: the amount is in the model's (docs/spec-language.md).
            unit = ParameterUnit.Dkk;
            return true;
        }
        if (Current.Kind != TokenKind.Keyword) return false;
        switch (Current.Text)
        {
            case K.Weeks: unit = ParameterUnit.Weeks; return true;
            case K.Days: unit = ParameterUnit.Days; return true;
            case K.Minutes: unit = ParameterUnit.Minutes; return true;
            case K.Hours: unit = ParameterUnit.Hours; return true;
            case K.Dkk: unit = ParameterUnit.Dkk; return true;
            case K.Share: unit = ParameterUnit.Share; return true;
            case K.Count: unit = ParameterUnit.Count; return true;
            default: return false;
        }
    }

    private ParameterValueSyntax? ParseParameterValue()
    {
        var first = Current;
        List<NameSyntax>? groups = null;
        if (Accept(K.For))
        {
            groups = ExpectNameList("a group's name");
            if (groups is null) return null;
        }
        if (!Expect(TokenKind.Equals, "'=' before the value")) return null;
        var value = ExpectNumber("the value: a number or a percentage");
        if (value is null) return null;
        RangeSyntax? range = null;
        if (AtWord(ModelWords.Range))
        {
            range = ParseRange();
            if (range is null) return null;
        }
        DateSyntax? from = null, until = null;
        if (Accept(K.From))
        {
            from = ExpectDate("the date the value holds from (YYYY-MM-DD)");
            if (from is null) return null;
        }
        if (Accept(K.Until))
        {
            until = ExpectDate("the date the value holds until (YYYY-MM-DD)");
            if (until is null) return null;
        }
        var citation = AtCitation() ? ParseCitation() : null;
        ConfidenceSyntax? confidence = null;
        if (AtWord(ModelWords.Confidence))
        {
            confidence = ParseConfidence();
            if (confidence is null) return null;
        }
        return new ParameterValueSyntax(groups, value, from, until, citation, SpanFrom(first)) { Range = range, Confidence = confidence };
    }

    /// <summary><c>quota R at least SHARE of G, G within weeks A..B citation</c></summary>
    private QuotaSyntax? ParseQuota(DeltaKind delta, Token first)
    {
        var requirement = ExpectName("the name of the requirement the quota limits");
        if (requirement is null || !Expect(K.At) || !Expect(K.Least)) return null;
        var share = ExpectOperand("the share: a percentage or a share parameter");
        if (share is null || !Expect(K.Of)) return null;
        var groups = ExpectNameList("a group's name");
        if (groups is null || !Expect(K.Within) || !Expect(K.Weeks)) return null;
        var range = ParseWeekRange();
        if (range is null) return null;
        // In force from/until a date, in either order, as on a requirement.
        DateSyntax? from = null, until = null;
        var where = "quota " + requirement.Text;
        while (At(K.From) || At(K.Until)) ParseInForceDate(ref from, ref until, where, "quota");
        var citation = AtCitation() ? ParseCitation() : null;
        return new QuotaSyntax(delta, requirement, share, groups, range.Value.From, range.Value.Until, from, until, citation, SpanFrom(first));
    }

    /// <summary><c>A..B</c> after <c>weeks</c>.</summary>
    private (OperandSyntax From, OperandSyntax Until)? ParseWeekRange()
    {
        var from = ExpectOperand("the first week, as in weeks 0..26");
        if (from is null || !Expect(TokenKind.DotDot, "'..' between the weeks")) return null;
        var until = ExpectOperand("the week the window ends before, as in weeks 0..26");
        if (until is null) return null;
        return (from, until);
    }

    /// <summary>
    /// <c>supervision Name "title"</c> then measure, threshold, cost, exemptions,
    /// <c>only where result worse</c>, <c>or alternative "title"</c> and a citation in any order.
    /// </summary>
    private SupervisionSyntax? ParseSupervision(DeltaKind delta, Token first)
    {
        var name = ExpectName("the supervision rule's name");
        if (name is null) return null;
        var title = OptionalTitle();
        RequirementKind? kind = null;
        OperandSyntax? minWeeks = null, window = null, threshold = null;
        var costs = new List<CostSyntax>();
        var exemptions = new List<ExemptionSyntax>();
        CitationSyntax? citation = null;
        var gated = false;
        TitleSyntax? alternative = null;
        var where = "supervision " + name.Text;
        bool AtClause() => At(K.Measure) || At(K.Threshold) || At(K.Cost) || At(K.Except) || AtWord(W.Only) || At(K.Or) || AtCitation();
        while (!AtEnd && !AtDeclarationStart())
        {
            var clause = Current;
            var errors = _reporter.Errors;
            if (Accept(K.Measure))
            {
                if (kind is not null) DuplicateClause(K.Measure, clause, where);
                var measured = ParseMeasure();
                if (measured is not null) (kind, minWeeks, window) = measured.Value;
            }
            else if (Accept(K.Threshold))
            {
                var t = ExpectOperand("the threshold: a percentage or a share parameter");
                if (threshold is not null) DuplicateClause(K.Threshold, clause, where);
                threshold = t ?? threshold;
            }
            else if (Accept(K.Cost))
            {
                ParseCostItems(costs);
            }
            else if (Accept(K.Except))
            {
                var exemption = ParseExemption(clause);
                if (exemption is not null) exemptions.Add(exemption);
            }
            else if (AcceptWord(W.Only))
            {
                if (ExpectWord(W.Where) && ExpectWord(W.Result) && ExpectWord(W.Worse))
                {
                    if (gated) DuplicateClause(W.Only, clause, where);
                    gated = true;
                }
            }
            else if (Accept(K.Or))
            {
                if (ExpectWord(W.Alternative))
                {
                    var a = ExpectString("the alternative's title, as in or alternative \"100 timers ordinær beskæftigelse\"");
                    if (alternative is not null) DuplicateClause(W.Alternative, clause, where);
                    alternative = a ?? alternative;
                }
            }
            else if (AtCitation())
            {
                var c = ParseCitation();
                if (citation is not null) DuplicateClause("citation", clause, where);
                citation = c ?? citation;
            }
            else
            {
                Expected("'measure', 'threshold', 'cost', 'except', 'only where result worse', 'or alternative' or a citation in " + where);
            }
            if (_reporter.Errors != errors) SkipToClauseOrDeclaration(AtClause);
        }
        return new SupervisionSyntax(delta, name, title, kind, minWeeks, window, threshold, costs, exemptions, citation, SpanFrom(first))
        {
            ResultGated = gated,
            Alternative = alternative,
        };
    }

    /// <summary><c>KIND among cases after N cumulative weeks over W weeks</c></summary>
    private (RequirementKind Kind, OperandSyntax MinWeeks, OperandSyntax Window)? ParseMeasure()
    {
        if (!TryRequirementKind(out var kind))
        {
            Expected("the kind of event measured: meeting, task, offer or documentation");
            return null;
        }
        Advance();
        if (!Expect(K.Among) || !Expect(K.Cases) || !Expect(K.After)) return null;
        var minWeeks = ExpectOperand("the cumulative weeks a case must have");
        if (minWeeks is null || !Expect(K.Cumulative) || !Expect(K.Weeks) || !Expect(K.Over)) return null;
        var window = ExpectOperand("the window in weeks");
        if (window is null || !Expect(K.Weeks)) return null;
        return (kind, minWeeks, window);
    }

    private RemoveSyntax? ParseRemove()
    {
        var first = Advance();
        ChangeTarget target;
        if (At(K.Requirement))
        {
            target = ChangeTarget.Requirement;
        }
        else if (At(K.Parameter))
        {
            target = ChangeTarget.Parameter;
        }
        else if (At(K.Quota))
        {
            target = ChangeTarget.Quota;
        }
        else if (At(K.Supervision))
        {
            target = ChangeTarget.Supervision;
        }
        else if (At(K.Group) || At(K.Outside))
        {
            target = ChangeTarget.Group;
        }
        else
        {
            Expected("what to remove: requirement, parameter, quota, supervision or group");
            return null;
        }
        Advance();
        var name = ExpectName("the name of what to remove");
        if (name is null) return null;
        var citation = AtCitation() ? ParseCitation() : null;
        return new RemoveSyntax(target, name, citation, SpanFrom(first));
    }

    private DeclarationSyntax? ParseReplace()
    {
        var first = Advance();
        if (At(K.Requirement)) { Advance(); return ParseRequirement(DeltaKind.Replace, first); }
        if (At(K.Group) || At(K.Outside)) { Advance(); return ParseGroup(DeltaKind.Replace, first); }
        if (At(K.Supervision)) { Advance(); return ParseSupervision(DeltaKind.Replace, first); }
        if (At(K.Quota)) { Advance(); return ParseQuota(DeltaKind.Replace, first); }
        if (At(K.Parameter)) { Advance(); return ParseParameter(DeltaKind.Replace, first); }
        Expected("what to replace: requirement, group, outside, supervision, quota or parameter");
        return null;
    }

    private ParameterSyntax? ParseOverride()
    {
        var first = Advance();
        if (!Expect(K.Parameter)) return null;
        return ParseParameter(DeltaKind.Override, first);
    }

    private RegroupSyntax ParseRegroup()
    {
        var first = Advance();
        var citation = AtCitation() ? ParseCitation() : null;
        return new RegroupSyntax(citation, SpanFrom(first));
    }

    private bool TryRequirementKind(out RequirementKind kind)
    {
        kind = default;
        if (Current.Kind != TokenKind.Keyword) return false;
        switch (Current.Text)
        {
            case K.Meeting: kind = RequirementKind.Meeting; return true;
            case K.Task: kind = RequirementKind.Task; return true;
            case K.Offer: kind = RequirementKind.Offer; return true;
            case K.Documentation: kind = RequirementKind.Documentation; return true;
            default: return false;
        }
    }
}
