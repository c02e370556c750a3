using System.Collections.Generic;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Lexing;
using Lovkode.Spec.Syntax.Tree;
using K = Lovkode.Spec.Syntax.Lexing.Keywords;
using W = Lovkode.Spec.Syntax.Lexing.ModelWords;

namespace Lovkode.Spec.Syntax.Parsing;

/// <summary>Requirements: their clauses, schedules and costs.</summary>
internal sealed partial class RulesParser
{
    /// <summary><c>requirement Name kind "title"</c> then its clauses in any order.</summary>
    private RequirementSyntax? ParseRequirement(DeltaKind delta, Token first)
    {
        var name = ExpectName("the requirement's name");
        if (name is null) return null;
        if (!TryRequirementKind(out var kind))
        {
            Expected("the requirement's kind: meeting, task, offer or documentation");
            return null;
        }
        Advance();
        var title = OptionalTitle();
        var where = "requirement " + name.Text;
        List<NameSyntax>? groups = null;
        NameSyntax? actor = null, channel = null;
        ScheduleSyntax? schedule = null;
        var costs = new List<CostSyntax>();
        ExprSyntax? condition = null;
        var exemptions = new List<ExemptionSyntax>();
        DateSyntax? from = null, until = null;
        CitationSyntax? citation = null;
        while (!AtEnd && !AtRequirementEnd())
        {
            var clause = Current;
            var errors = _reporter.Errors;
            if (Accept(K.For))
            {
                var g = ExpectNameList("a group's name");
                if (groups is not null) DuplicateClause(K.For, clause, where);
                groups = g ?? groups;
            }
            else if (Accept(K.Actor))
            {
                var a = ExpectName("the actor's name");
                if (actor is not null) DuplicateClause(K.Actor, clause, where);
                actor = a ?? actor;
            }
            else if (Accept(K.Channel))
            {
                var c = ExpectName("the channel's name");
                if (channel is not null) DuplicateClause(K.Channel, clause, where);
                channel = c ?? channel;
            }
            else if (AtSchedule())
            {
                var s = ParseSchedule();
                if (schedule is not null) DuplicateClause("schedule", clause, where);
                schedule = s ?? schedule;
            }
            else if (Accept(K.Cost))
            {
                ParseCostItems(costs);
            }
            else if (Accept(K.When))
            {
                var c = ParseCondition();
                if (condition is not null) DuplicateClause(K.When, clause, where);
                condition = c ?? condition;
            }
            else if (Accept(K.Except))
            {
                var exemption = ParseExemption(clause);
                if (exemption is not null) exemptions.Add(exemption);
            }
            else if (At(K.From) || At(K.Until))
            {
                ParseInForceDate(ref from, ref until, where, "requirement");
            }
            else if (AtCitation())
            {
                var c = ParseCitation();
                if (citation is not null) DuplicateClause("citation", clause, where);
                citation = c ?? citation;
            }
            else
            {
                Expected("a clause of " + where + " (for, actor, channel, a schedule, cost, when, except, from, until or a citation)");
            }
            if (_reporter.Errors != errors) SkipToClauseOrDeclaration(AtRequirementClause);
        }
        return new RequirementSyntax(delta, name, kind, title, groups, actor, channel, schedule, costs, condition,
            exemptions, from, until, citation, SpanFrom(first));
    }

    /// <summary>
    /// Where a requirement's clauses end: at the next declaration. A requirement outside a regime
    /// (no header read, already an error) would otherwise end at its own indented <c>actor</c> or
    /// <c>channel</c> clause, which outside a regime begins a declaration, and each of its
    /// clauses would be reported again as a misplaced declaration or a syntax error. Indented,
    /// they are read as the clauses they are.
    /// </summary>
    private bool AtRequirementEnd() =>
        AtDeclarationStart() && !(!_inRegime && !_inModel && (At(K.Actor) || At(K.Channel)) && _lines.Span(Current).Column > 1);

    private bool AtRequirementClause() =>
        At(K.For) || At(K.Actor) || At(K.Channel) || At(K.Once) || At(K.Every) || At(K.Cost) || At(K.When)
        || At(K.Except) || At(K.From) || At(K.Until) || AtCitation();

    /// <summary>A schedule starts with once, every, or a count (a number or a parameter) followed by times.</summary>
    private bool AtSchedule() =>
        At(K.Once) || At(K.Every)
        || ((At(TokenKind.Number) || At(TokenKind.Identifier)) && Peek(1).IsKeyword(K.Times));

    private ScheduleSyntax? ParseSchedule()
    {
        var first = Current;
        if (Accept(K.Once))
        {
            if (Accept(K.Within))
            {
                var weeks = ExpectOperand("the deadline in weeks, as in once within 4 weeks");
                if (weeks is null || !Expect(K.Weeks)) return null;
                return new ScheduleSyntax(ScheduleKind.OnceWithin, null, weeks, null, null, SpanFrom(first));
            }
            if (Accept(K.After))
            {
                var weeks = ExpectOperand("the cumulative weeks, as in once after 52 cumulative weeks");
                if (weeks is null || !Expect(K.Cumulative) || !Expect(K.Weeks)) return null;
                return new ScheduleSyntax(ScheduleKind.AfterCumulative, null, weeks, null, null, SpanFrom(first));
            }
            Expected("'within' or 'after' after 'once'");
            return null;
        }
        if (Accept(K.Every))
        {
            var interval = ExpectOperand("the interval in weeks, as in every 4 weeks");
            if (interval is null || !Expect(K.Weeks)) return null;
            OperandSyntax? from = null, until = null;
            if (At(K.From) && Peek(1).IsKeyword(K.Week))
            {
                _pos += 2;
                from = ExpectOperand("the first week, as in from week 0");
                if (from is null) return null;
            }
            if (At(K.Until) && Peek(1).IsKeyword(K.Week))
            {
                _pos += 2;
                until = ExpectOperand("the week the events stop before, as in until week 52");
                if (until is null) return null;
            }
            return new ScheduleSyntax(ScheduleKind.Every, null, interval, from, until, SpanFrom(first));
        }
        var count = ExpectOperand("the number of events");
        if (count is null || !Expect(K.Times) || !Expect(K.Within) || !Expect(K.Weeks)) return null;
        var range = ParseWeekRange();
        if (range is null) return null;
        return new ScheduleSyntax(ScheduleKind.TimesWithin, count, null, range.Value.From, range.Value.Until, SpanFrom(first));
    }

    /// <summary><c>item amount unit, …</c> after <c>cost</c>; items are added to <paramref name="costs"/>.</summary>
    private void ParseCostItems(List<CostSyntax> costs)
    {
        do
        {
            var first = Current;
            CostComponent component;
            if (At(K.Meeting))
            {
                component = CostComponent.Meeting;
            }
            else if (At(K.Preparation))
            {
                component = CostComponent.Preparation;
            }
            else if (At(K.FollowUp))
            {
                component = CostComponent.FollowUp;
            }
            else if (At(K.Documentation))
            {
                component = CostComponent.Documentation;
            }
            else if (At(K.Citizen))
            {
                component = CostComponent.Citizen;
            }
            else if (At(K.Dkk) || AtWord(W.Money))
            {
                component = CostComponent.Dkk;
            }
            else
            {
                Expected("a cost item: meeting, preparation, follow-up, documentation, citizen, dkk or money");
                return;
            }
            Advance();
            var amount = ExpectOperand("the amount: a number or a parameter's name");
            if (amount is null) return;
            var inHours = false;
            if (component != CostComponent.Dkk)
            {
                if (Accept(K.Hours))
                {
                    inHours = true;
                }
                else if (!Accept(K.Minutes))
                {
                    Expected("'minutes' or 'hours'");
                    return;
                }
            }
            costs.Add(new CostSyntax(component, amount, inHours, SpanFrom(first)));
        }
        while (Accept(TokenKind.Comma));
    }

    /// <summary>
    /// <c>from DATE</c> or <c>until DATE</c> at the current token, of a requirement or a quota;
    /// a second one of the same kind is LK0008.
    /// </summary>
    private void ParseInForceDate(ref DateSyntax? from, ref DateSyntax? until, string where, string what)
    {
        var clause = Current;
        if (Accept(K.From))
        {
            var d = ExpectDate($"the date the {what} applies from (YYYY-MM-DD)");
            if (from is not null) DuplicateClause(K.From, clause, where);
            from = d ?? from;
        }
        else if (Accept(K.Until))
        {
            var d = ExpectDate($"the date the {what} applies until (YYYY-MM-DD)");
            if (until is not null) DuplicateClause(K.Until, clause, where);
            until = d ?? until;
        }
    }

    /// <summary><c>except when condition [citation]</c>; a citation right after the condition is the exemption's.</summary>
    private ExemptionSyntax? ParseExemption(Token first)
    {
        if (!Expect(K.When)) return null;
        var condition = ParseCondition();
        if (condition is null) return null;
        var citation = AtCitation() ? ParseCitation() : null;
        return new ExemptionSyntax(condition, citation, SpanFrom(first));
    }
}
