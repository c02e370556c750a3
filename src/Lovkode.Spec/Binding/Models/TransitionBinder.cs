using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Tree;

namespace Lovkode.Spec.Binding.Models;

/// <summary>
/// Binds what happens to persons: transitions (their trigger, branches with shares that add up,
/// one rest at most, a default destination for every move), practice contact, channel choice
/// and behavioural effects. The law may give a trigger's weeks, a branch's share, practice weeks
/// and a channel share.
/// </summary>
internal sealed class TransitionBinder
{
    private const double Tolerance = 1e-9;

    private readonly ModelContext _context;

    public TransitionBinder(ModelContext context) => _context = context;

    public BoundTransition? Bind(TransitionSyntax syntax)
    {
        var name = syntax.Name.Text;
        var where = "Transition " + name;
        if (syntax.Condition is null) _context.MissingClause(syntax.Span, syntax.Name.Span, where, "'when' condition");
        if (syntax.Trigger is null) _context.MissingClause(syntax.Span, syntax.Name.Span, where, "trigger ('after N cumulative weeks', 'at spell week N' or 'at entry')");
        if (syntax.Branches.Count == 0) _context.MissingClause(syntax.Span, syntax.Name.Span, where, "branch (a share or 'rest', then stay, leave or move to …)");
        var condition = syntax.Condition is null ? -1 : _context.Condition(syntax.Condition);

        BoundModelOperand? weeks = null;
        var trigger = TransitionTriggerKind.AtEntry;
        if (syntax.Trigger is { } t)
        {
            trigger = t.Kind switch
            {
                TriggerKind.AfterCumulativeWeeks => TransitionTriggerKind.AfterCumulativeWeeks,
                TriggerKind.AtSpellWeek => TransitionTriggerKind.AtSpellWeek,
                _ => TransitionTriggerKind.AtEntry,
            };
            if (t.Weeks is { } w)
            {
                weeks = _context.Values.Add(name + ".weeks", ModelValueKind.Weeks, w, "the weeks of transition " + name, ParameterUnit.Weeks);
                if (_context.Values.Point(weeks) == 0) _context.Report(DiagnosticDescriptors.WeeksNotPositive, w.Number.Span, "The weeks of transition " + name);
            }
        }

        var branches = new List<BoundBranch>();
        var ok = true;
        double total = 0;
        var lawShare = false;
        var restSeen = false;
        for (var i = 0; i < syntax.Branches.Count; i++)
        {
            var b = syntax.Branches[i];
            BoundModelOperand? share = null;
            if (b.Share is { } s)
            {
                share = _context.Values.Add($"{name}.share.{(i + 1).ToString(CultureInfo.InvariantCulture)}", ModelValueKind.Share, s,
                    $"the share of branch {i + 1} of transition {name}", ParameterUnit.Share);
                if (share is null) { ok = false; continue; }
                if (share.Law is not null) lawShare = true;
                else total += _context.Values.Point(share) ?? 0;
            }
            else if (restSeen)
            {
                _context.Report(DiagnosticDescriptors.RestTwice, b.Span, name);
                ok = false;
            }
            else
            {
                restSeen = true;
            }
            var destinations = Destinations(b, name);
            if (destinations is null) { ok = false; continue; }
            var outcome = b.Outcome switch
            {
                BranchOutcomeKind.Stay => BranchOutcome.Stay,
                BranchOutcomeKind.Leave => BranchOutcome.Leave,
                _ => BranchOutcome.Move,
            };
            branches.Add(new BoundBranch(share, outcome, destinations.ToEquatableArray(), DeclarationBinder.Cite(b.Share?.Citation), b.Span) { KeepsSpell = b.KeepsSpell });
        }
        if (ok && syntax.Branches.Count > 0)
        {
            if (total > 1 + Tolerance)
            {
                _context.Report(DiagnosticDescriptors.SharesOverOne, syntax.Name.Span, name, Percent(total));
                ok = false;
            }
            else if (!restSeen && (lawShare || total < 1 - Tolerance))
            {
                _context.Report(DiagnosticDescriptors.RestMissing, syntax.Name.Span, name, lawShare ? "the law's share" : Percent(total));
                ok = false;
            }
        }
        if (!ok || syntax.Condition is null || syntax.Trigger is null || syntax.Branches.Count == 0) return null;
        return new BoundTransition(name, syntax.Title?.Text, condition, trigger, weeks, branches.ToEquatableArray(), DeclarationBinder.Cite(syntax.Citation), syntax.Span);
    }

    private List<BoundDestination>? Destinations(BranchSyntax branch, string transition)
    {
        var result = new List<BoundDestination>();
        var ok = true;
        foreach (var d in branch.Destinations)
        {
            var set = new List<BoundFactSetting>();
            foreach (var setting in d.Set)
            {
                var fact = _context.Fact(setting.Fact);
                if (fact is null) { ok = false; continue; }
                if (set.Any(x => x.Slot == fact.Slot))
                {
                    _context.Report(DiagnosticDescriptors.FactSetTwice, setting.Fact.Span, "A destination of transition " + transition, fact.Name, "it names the fact twice");
                    ok = false;
                    continue;
                }
                var value = _context.Conditions.BindValue(fact, setting.Value, strict: true);
                if (value is null) { ok = false; continue; }
                set.Add(new BoundFactSetting(fact.Slot, value.Value));
            }
            var condition = d.Condition is null ? -1 : _context.Condition(d.Condition);
            result.Add(new BoundDestination(condition, set.OrderBy(s => s.Slot).ToEquatableArray(), d.Span));
        }
        if (branch.Destinations.Count > 0 && branch.Destinations[branch.Destinations.Count - 1].Condition is { } last)
        {
            _context.Report(DiagnosticDescriptors.MoveWithoutDefault, last.Span, transition);
            ok = false;
        }
        return ok ? result : null;
    }

    public BoundPractice? Bind(PracticeSyntax syntax)
    {
        var name = syntax.Name.Text;
        var where = "Practice " + name;
        if (syntax.Condition is null) _context.MissingClause(syntax.Span, syntax.Name.Span, where, "'when' condition");
        if (syntax.Interval is null) _context.MissingClause(syntax.Span, syntax.Name.Span, where, "'every N weeks' clause");
        if (syntax.FromWeek is null) _context.MissingClause(syntax.Span, syntax.Name.Span, where, "'from week N' clause");
        if (syntax.Requirement is null) _context.MissingClause(syntax.Span, syntax.Name.Span, where, "'as Requirement' clause (the meeting it is costed as)");
        var condition = syntax.Condition is null ? -1 : _context.Condition(syntax.Condition);
        var interval = syntax.Interval is null ? null : _context.Values.Add(name + ".interval", ModelValueKind.Weeks, syntax.Interval, "the interval of practice " + name, ParameterUnit.Weeks);
        if (syntax.Interval is not null && _context.Values.Point(interval) == 0) _context.Report(DiagnosticDescriptors.WeeksNotPositive, syntax.Interval.Number.Span, "The interval of practice " + name);
        var from = syntax.FromWeek is null ? null : _context.Values.Add(name + ".from", ModelValueKind.Weeks, syntax.FromWeek, "the first week of practice " + name, ParameterUnit.Weeks);
        var until = syntax.UntilWeek is null ? null : _context.Values.Add(name + ".until", ModelValueKind.Weeks, syntax.UntilWeek, "the last week of practice " + name, ParameterUnit.Weeks);
        var ok = true;
        if (until is not null && _context.Values.Point(until) is { } last && _context.Values.Point(from) is { } start && last <= start)
        {
            _context.Report(DiagnosticDescriptors.EmptyRange, syntax.UntilWeek!.Number.Span, "from week " + Whole(start), "until week " + Whole(last));
            ok = false;
        }
        if (syntax.Requirement is { } requirement) _context.CheckRequirement(requirement);
        foreach (var regime in syntax.Regimes ?? new List<NameSyntax>()) _context.CheckRegime(regime);
        if (!ok || interval is null || from is null || syntax.Condition is null || syntax.Requirement is null || (syntax.UntilWeek is not null && until is null)) return null;
        return new BoundPractice(name, syntax.Title?.Text, condition, interval, from, syntax.Requirement.Text, DeclarationBinder.Cite(syntax.Citation), syntax.Span)
        {
            UntilWeek = until,
            Regimes = (syntax.Regimes ?? new List<NameSyntax>()).Select(r => r.Text).Distinct(System.StringComparer.Ordinal).ToEquatableArray(),
        };
    }

    public BoundChoice? Bind(ChoiceSyntax syntax)
    {
        var name = syntax.Name.Text;
        var where = "Channel choice " + name;
        if (syntax.Channel is null) _context.MissingClause(syntax.Span, syntax.Name.Span, where, "'channel' clause");
        if (syntax.Shares.Count == 0) _context.MissingClause(syntax.Span, syntax.Name.Span, where, "share (as in 35% from 2023-01-01)");
        var channel = syntax.Channel is null ? -1 : _context.Find(_context.Domain.Channels, syntax.Channel, "channel");
        var actors = new List<int>();
        foreach (var actor in syntax.Actors ?? new List<NameSyntax>())
        {
            var index = _context.Find(_context.Domain.Actors, actor, "actor");
            if (index >= 0) actors.Add(index);
        }
        foreach (var requirement in syntax.Requirements ?? new List<NameSyntax>()) _context.CheckRequirement(requirement);
        var shares = new List<BoundDatedShare>();
        var ok = true;
        for (var i = 0; i < syntax.Shares.Count; i++)
        {
            var s = syntax.Shares[i];
            var share = _context.Values.Add($"{name}.share.{(i + 1).ToString(CultureInfo.InvariantCulture)}", ModelValueKind.Share, s.Share,
                $"share {i + 1} of channel choice {name}", ParameterUnit.Share);
            if (s.From is not null && s.Until is not null && s.From.Day >= s.Until.Day)
            {
                _context.Report(DiagnosticDescriptors.EmptyRange, s.From.Span, s.From.Text, s.Until.Text);
                ok = false;
            }
            if (share is null) { ok = false; continue; }
            var overlap = shares.FirstOrDefault(x => (x.FromDay ?? int.MinValue) < (s.Until?.Day ?? int.MaxValue) && (s.From?.Day ?? int.MinValue) < (x.UntilDay ?? int.MaxValue));
            if (overlap is not null)
            {
                var day = System.Math.Max(overlap.FromDay ?? int.MinValue, s.From?.Day ?? int.MinValue);
                _context.Report(DiagnosticDescriptors.DatedSharesOverlap, s.Span, name, day == int.MinValue ? "every day before both start" : Text.SpecDate.Format(day));
                ok = false;
            }
            shares.Add(new BoundDatedShare(share, s.From?.Day, s.Until?.Day));
        }
        var saving = syntax.CitizenSaving is null ? null
            : _context.Values.Add($"{name}.citizen.saved", ModelValueKind.Minutes, syntax.CitizenSaving, $"the citizen's minutes channel choice {name} saves an interview", ParameterUnit.Minutes);
        if (syntax.CitizenSaving is not null && saving is null) ok = false;
        if (!ok || channel < 0 || syntax.Shares.Count == 0) return null;
        return new BoundChoice(name, syntax.Title?.Text, channel, (syntax.Requirements ?? new List<NameSyntax>()).Select(r => r.Text).ToEquatableArray(),
            actors.ToEquatableArray(), syntax.AfterFirst, shares.ToEquatableArray(), DeclarationBinder.Cite(syntax.Citation), syntax.Span)
        { CitizenSaving = saving };
    }

    public BoundEffect? Bind(EffectSyntax syntax)
    {
        var name = syntax.Name.Text;
        var where = "Effect " + name;
        if (syntax.Condition is null) _context.MissingClause(syntax.Span, syntax.Name.Span, where, "'when' condition");
        if (syntax.Multiplier is null) _context.MissingClause(syntax.Span, syntax.Name.Span, where, "'after meeting multiply hazard by M' clause");
        if (syntax.Weeks is null) _context.MissingClause(syntax.Span, syntax.Name.Span, where, "'for N weeks' clause");
        var condition = syntax.Condition is null ? -1 : _context.Condition(syntax.Condition);
        var multiplier = syntax.Multiplier is null ? null : _context.Values.Add(name + ".multiplier", ModelValueKind.Multiplier, syntax.Multiplier, "the multiplier of effect " + name);
        var weeks = syntax.Weeks is null ? null : _context.Values.Add(name + ".weeks", ModelValueKind.Weeks, syntax.Weeks, "the weeks of effect " + name);
        if (syntax.Weeks is not null && _context.Values.Point(weeks) == 0) _context.Report(DiagnosticDescriptors.WeeksNotPositive, syntax.Weeks.Number.Span, "The weeks of effect " + name);
        if (multiplier is null || weeks is null || syntax.Condition is null || syntax.After is null) return null;
        return new BoundEffect(name, syntax.Title?.Text, condition, syntax.After.Value, multiplier, weeks, DeclarationBinder.Cite(syntax.Citation), syntax.Span);
    }

    private static string Whole(double weeks) => weeks.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
