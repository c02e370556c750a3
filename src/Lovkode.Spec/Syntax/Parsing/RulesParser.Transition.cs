using System.Collections.Generic;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Lexing;
using Lovkode.Spec.Syntax.Tree;
using K = Lovkode.Spec.Syntax.Lexing.Keywords;
using W = Lovkode.Spec.Syntax.Lexing.ModelWords;

namespace Lovkode.Spec.Syntax.Parsing;

/// <summary>What happens to persons: transitions, practice contact, channel choice and behavioural effects.</summary>
internal sealed partial class RulesParser
{
    /// <summary><c>transition Name "title"</c> then when, a trigger, branches and a citation in any order.</summary>
    private TransitionSyntax? ParseTransition()
    {
        var first = Advance();
        var name = ExpectName("the transition's name");
        if (name is null) return null;
        var title = OptionalTitle();
        var where = "transition " + name.Text;
        ExprSyntax? condition = null;
        TriggerSyntax? trigger = null;
        var branches = new List<BranchSyntax>();
        CitationSyntax? citation = null;
        bool AtClause() => At(K.When) || At(K.After) || At(K.At) || AtModelNumber() || AtWord(W.Rest) || AtCitation();
        while (!AtEnd && !AtDeclarationStart())
        {
            var clause = Current;
            var errors = _reporter.Errors;
            if (Accept(K.When))
            {
                condition = Once(condition, ParseCondition(), clause, K.When, where);
            }
            else if (At(K.After) || At(K.At))
            {
                trigger = Once(trigger, ParseTrigger(), clause, "trigger (after … cumulative weeks, at spell week …, at entry)", where);
            }
            else if (AtModelNumber() || AtWord(W.Rest))
            {
                var branch = ParseBranch();
                if (branch is not null) branches.Add(branch);
            }
            else if (AtCitation())
            {
                citation = Once(citation, ParseCitation(), clause, "citation", where);
            }
            else
            {
                Expected($"a clause of {where} (when, after, at, a share, rest or a citation)");
            }
            if (_reporter.Errors != errors) SkipToClauseOrDeclaration(AtClause);
        }
        return new TransitionSyntax(name, title, condition, trigger, branches, citation, SpanFrom(first));
    }

    /// <summary><c>after N cumulative weeks</c>, <c>at spell week N</c> or <c>at entry</c>.</summary>
    private TriggerSyntax? ParseTrigger()
    {
        var first = Current;
        if (Accept(K.After))
        {
            var weeks = ParseValueClause(first, "the cumulative weeks, as in after law DagpengePeriode cumulative weeks",
                () => Expect(K.Cumulative) && Expect(K.Weeks));
            return weeks is null ? null : new TriggerSyntax(TriggerKind.AfterCumulativeWeeks, weeks, SpanFrom(first));
        }
        Advance(); // at
        if (AcceptWord(W.Entry)) return new TriggerSyntax(TriggerKind.AtEntry, null, SpanFrom(first));
        if (AcceptWord(W.Spell))
        {
            if (!Expect(K.Week)) return null;
            var weeks = ParseValueClause(first, "the spell week, as in at spell week law SygRevurderingUger");
            return weeks is null ? null : new TriggerSyntax(TriggerKind.AtSpellWeek, weeks, SpanFrom(first));
        }
        Expected("'entry' or 'spell week N' after 'at'");
        return null;
    }

    /// <summary><c>SHARE [citation] OUTCOME</c> or <c>rest OUTCOME</c>; OUTCOME is stay, leave or move to … [to …].</summary>
    private BranchSyntax? ParseBranch()
    {
        var first = Current;
        ValueClauseSyntax? share = null;
        if (!AcceptWord(W.Rest))
        {
            share = ParseValueClause(first, "the branch's share, as in 50% or law TilgangRessourceforloebRevalidering");
            if (share is null) return null;
        }
        if (AcceptWord(W.Stay)) return new BranchSyntax(share, BranchOutcomeKind.Stay, new List<DestinationSyntax>(), SpanFrom(first));
        if (AcceptWord(W.Leave)) return new BranchSyntax(share, BranchOutcomeKind.Leave, new List<DestinationSyntax>(), SpanFrom(first));
        if (!AcceptWord(W.Move))
        {
            Expected("what happens to these persons: stay, leave or move to …");
            return null;
        }
        var keepsSpell = false;
        if (Accept(K.Within))
        {
            if (!ExpectWord(W.Spell)) return null;
            keepsSpell = true;
        }
        var destinations = new List<DestinationSyntax>();
        if (!AtWord(W.To))
        {
            Expected("'to' and the facts the move sets, as in move to benefit = Kontanthjaelp");
            return null;
        }
        while (AtWord(W.To))
        {
            var destinationFirst = Advance();
            var set = ParseSettings("a fact the move sets, as in to benefit = Kontanthjaelp");
            if (set is null) return null;
            ExprSyntax? condition = null;
            if (Accept(K.When))
            {
                condition = ParseCondition();
                if (condition is null) return null;
            }
            destinations.Add(new DestinationSyntax(set, condition, SpanFrom(destinationFirst)));
        }
        return new BranchSyntax(share, BranchOutcomeKind.Move, destinations, SpanFrom(first)) { KeepsSpell = keepsSpell };
    }

    /// <summary><c>practice Name "title"</c> then when, every N weeks, from week N, [until week N], as Requirement, [under Regime, …] and a citation.</summary>
    private PracticeSyntax? ParsePractice()
    {
        var first = Advance();
        var name = ExpectName("the practice's name");
        if (name is null) return null;
        var title = OptionalTitle();
        var where = "practice " + name.Text;
        ExprSyntax? condition = null;
        ValueClauseSyntax? interval = null, fromWeek = null, untilWeek = null;
        NameSyntax? requirement = null;
        List<NameSyntax>? regimes = null;
        CitationSyntax? citation = null;
        bool AtClause() => At(K.When) || At(K.Every) || At(K.From) || At(K.Until) || AtWord(W.As) || AtWord(W.Under) || AtCitation();
        while (!AtEnd && !AtDeclarationStart())
        {
            var clause = Current;
            var errors = _reporter.Errors;
            if (Accept(K.When))
            {
                condition = Once(condition, ParseCondition(), clause, K.When, where);
            }
            else if (Accept(K.Every))
            {
                interval = Once(interval, ParseValueClause(clause, "the weeks between interviews, as in every 7 weeks", () => Expect(K.Weeks)), clause, K.Every, where);
            }
            else if (Accept(K.From))
            {
                if (Expect(K.Week)) fromWeek = Once(fromWeek, ParseValueClause(clause, "the first spell week, as in from week 26"), clause, K.From, where);
            }
            else if (Accept(K.Until))
            {
                if (Expect(K.Week)) untilWeek = Once(untilWeek, ParseValueClause(clause, "the spell week the practice stops in, as in until week 13"), clause, K.Until, where);
            }
            else if (AcceptWord(W.As))
            {
                requirement = Once(requirement, ExpectName("the regime's meeting requirement it is costed as, as in as Jobsamtale"), clause, W.As, where);
            }
            else if (AcceptWord(W.Under))
            {
                regimes = Once(regimes, ParseCommaNames("a regime's name, as in under Tyke2026"), clause, W.Under, where);
            }
            else if (AtCitation())
            {
                citation = Once(citation, ParseCitation(), clause, "citation", where);
            }
            else
            {
                Expected($"a clause of {where} (when, every, from week, until week, as, under or a citation)");
            }

            if (_reporter.Errors != errors) SkipToClauseOrDeclaration(AtClause);
        }
        return new PracticeSyntax(name, title, condition, interval, fromWeek, requirement, citation, SpanFrom(first))
        {
            UntilWeek = untilWeek,
            Regimes = regimes,
        };
    }

    /// <summary>
    /// <c>choice Name "title"</c> then <c>channel C</c>, <c>meetings [after the first] [of R, R] [by A, A]</c>,
    /// dated shares <c>SHARE [from DATE] [until DATE] citation</c>, <c>saves citizen N minutes</c> and a citation.
    /// </summary>
    private ChoiceSyntax? ParseChoice()
    {
        var first = Advance();
        var name = ExpectName("the channel choice's name");
        if (name is null) return null;
        var title = OptionalTitle();
        var where = "choice " + name.Text;
        NameSyntax? channel = null;
        var meetings = false;
        var afterFirst = false;
        List<NameSyntax>? requirements = null, actors = null;
        var shares = new List<DatedShareSyntax>();
        CitationSyntax? citation = null;
        ValueClauseSyntax? citizenSaving = null;
        bool AtClause() => At(K.Channel) || AtWord(W.Meetings) || AtWord(W.Saves) || AtModelNumber() || AtCitation();
        while (!AtEnd && !AtDeclarationStart())
        {
            var clause = Current;
            var errors = _reporter.Errors;
            if (Accept(K.Channel))
            {
                channel = Once(channel, ExpectName("the channel the chosen meetings go through"), clause, K.Channel, where);
            }
            else if (AcceptWord(W.Meetings))
            {
                if (meetings) DuplicateClause(W.Meetings, clause, where);
                meetings = true;
                if (Accept(K.After))
                {
                    if (ExpectWord(W.The) && ExpectWord(W.First)) afterFirst = true;
                }
                if (Accept(K.Of)) requirements = ParseCommaNames("a meeting requirement's name");
                if (Accept(K.By)) actors = ParseCommaNames("an actor's name");
            }
            else if (AtModelNumber())
            {
                var share = ParseDatedShare();
                if (share is not null) shares.Add(share);
            }
            else if (AcceptWord(W.Saves))
            {
                if (Expect(K.Citizen))
                {
                    citizenSaving = Once(citizenSaving, ParseValueClause(clause, "the citizen's minutes the channel saves an interview, as in saves citizen 40 minutes", () => Expect(K.Minutes)), clause, W.Saves, where);
                }
            }
            else if (AtCitation())
            {
                citation = Once(citation, ParseCitation(), clause, "citation", where);
            }
            else
            {
                Expected($"a clause of {where} (channel, meetings, a dated share, saves citizen or a citation)");
            }

            if (_reporter.Errors != errors) SkipToClauseOrDeclaration(AtClause);
        }
        return new ChoiceSyntax(name, title, channel, meetings, afterFirst, requirements, actors, shares, citation, SpanFrom(first)) { CitizenSaving = citizenSaving };
    }

    /// <summary>
    /// <c>Name {, Name}</c>, ending at the first token that is not a comma. Unlike the
    /// requirement's list, a name may follow the list: the next clause may begin with one
    /// (<c>law Tilgang</c>).
    /// </summary>
    private List<NameSyntax>? ParseCommaNames(string what)
    {
        var names = new List<NameSyntax>();
        do
        {
            var name = ExpectName(what);
            if (name is null) return null;
            names.Add(name);
        }
        while (Accept(TokenKind.Comma));
        return names;
    }

    private DatedShareSyntax? ParseDatedShare()
    {
        var first = Current;
        var number = ParseModelNumber("the share of meetings through the channel, as in 35% from 2023-01-01");
        if (number is null) return null;
        DateSyntax? from = null, until = null;
        var where = "a channel share";
        while (At(K.From) || At(K.Until)) ParseInForceDate(ref from, ref until, where, "share");
        var value = FinishValue(number, first);
        return value is null ? null : new DatedShareSyntax(value, from, until, SpanFrom(first));
    }

    /// <summary><c>effect Name "title"</c> then when, <c>after KIND multiply hazard by M</c>, <c>for N weeks</c> and a citation.</summary>
    private EffectSyntax? ParseEffect()
    {
        var first = Advance();
        var name = ExpectName("the effect's name");
        if (name is null) return null;
        var title = OptionalTitle();
        var where = "effect " + name.Text;
        ExprSyntax? condition = null;
        RequirementKind? after = null;
        ValueClauseSyntax? multiplier = null, weeks = null;
        CitationSyntax? citation = null;
        bool AtClause() => At(K.When) || At(K.After) || At(K.For) || AtCitation();
        while (!AtEnd && !AtDeclarationStart())
        {
            var clause = Current;
            var errors = _reporter.Errors;
            if (Accept(K.When))
            {
                condition = Once(condition, ParseCondition(), clause, K.When, where);
            }
            else if (Accept(K.After))
            {
                if (after is not null) DuplicateClause(K.After, clause, where);
                if (!TryRequirementKind(out var kind))
                {
                    Expected("the kind of event: meeting, task, offer or documentation");
                }
                else
                {
                    Advance();
                    after = kind;
                    if (ExpectWord(W.Multiply) && ExpectWord(W.Hazard) && Expect(K.By))
                    {
                        multiplier = ParseValueClause(clause, "the factor on the exit hazard, as in multiply hazard by 1.15") ?? multiplier;
                    }
                }
            }
            else if (Accept(K.For))
            {
                weeks = Once(weeks, ParseValueClause(clause, "how many weeks the effect lasts, as in for 4 weeks", () => Expect(K.Weeks)), clause, K.For, where);
            }
            else if (AtCitation())
            {
                citation = Once(citation, ParseCitation(), clause, "citation", where);
            }
            else
            {
                Expected($"a clause of {where} (when, after … multiply hazard by, for … weeks or a citation)");
            }

            if (_reporter.Errors != errors) SkipToClauseOrDeclaration(AtClause);
        }
        return new EffectSyntax(name, title, condition, after, multiplier, weeks, citation, SpanFrom(first));
    }
}
