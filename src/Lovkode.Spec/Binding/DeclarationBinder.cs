using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Drafts;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Binding.Values;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Diagnostics;
using Lovkode.Spec.Language;
using Lovkode.Spec.Syntax.Tree;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Binding;

/// <summary>
/// Binds one regime declaration to its draft: conditions, actors, channels, constants and
/// dates are checked here; names of groups, parameters and requirements stay names until the
/// regime is built, because a reform may still add, remove or regroup them.
/// </summary>
internal sealed class DeclarationBinder
{
    private readonly BoundDomain _domain;
    private readonly DiagnosticBag _bag;
    private readonly ConditionBinder _conditions;
    private readonly SyntaxErrors _syntaxErrors;
    private readonly ValueChecks _values;

    public DeclarationBinder(BoundDomain domain, DiagnosticBag bag, SyntaxErrors syntaxErrors)
    {
        _domain = domain;
        _bag = bag;
        _syntaxErrors = syntaxErrors;
        _conditions = new ConditionBinder(domain, bag);
        _values = new ValueChecks(bag);
    }

    public static Citation? Cite(CitationSyntax? c) => c is null ? null : new Citation(c.Text, c.IsAssumption, c.Span) { IsCalibrated = c.IsCalibrated };

    public GroupDraft BindGroup(GroupSyntax syntax)
    {
        BoundExpr condition;
        if (syntax.Condition is null)
        {
            MissingClause(syntax.Span, syntax.Name.Span, Describe(syntax), "'when' condition");
            condition = new BoundLiteral(false, syntax.Name.Span);
        }
        else
        {
            condition = _conditions.Bind(syntax.Condition);
        }
        var from = (syntax.From ?? new List<NameSyntax>()).Select(n => n.Text).ToEquatableArray();
        return new GroupDraft(syntax.Name.Text, syntax.Title?.Text, condition, syntax.IsOutside, from, Cite(syntax.Citation), syntax.Span);
    }

    public ParameterDraft BindParameter(ParameterSyntax syntax, ParameterUnit unit)
    {
        var values = new List<ParameterValueDraft>();
        foreach (var v in syntax.Values)
        {
            if (!CheckValue(v.Value, unit)) continue;
            var (from, until) = Interval(v.From, v.Until);
            var what = $"the value {v.Value.Text} of parameter {syntax.Name.Text}";
            var range = _values.Range(v.Value.Value, v.Range, Rules(unit), what);
            var confidence = v.Confidence?.Level;
            _values.RangeWanted(v.Range, v.Citation?.IsAssumption == true, calibrated: false, confidence ?? ConfidenceLevel.High, v.Value.Span,
                char.ToUpperInvariant(what[0]) + what.Substring(1));
            var groups = v.For;
            if (groups is null)
            {
                values.Add(new ParameterValueDraft(null, v.Value.Value, from, until, Cite(v.Citation), v.Span) { Range = range, Confidence = confidence });
                continue;
            }
            foreach (var g in groups)
            {
                values.Add(new ParameterValueDraft(new NameRef(g.Text, g.Span), v.Value.Value, from, until, Cite(v.Citation), v.Span) { Range = range, Confidence = confidence });
            }
        }
        return new ParameterDraft(syntax.Name.Text, unit, syntax.Title?.Text, values, syntax.Span);
    }

    /// <summary>What bounds a value of a parameter in <paramref name="unit"/> and its range.</summary>
    private static ValueRules Rules(ParameterUnit unit) => unit switch
    {
        ParameterUnit.Share => ValueRules.ShareValue,
        ParameterUnit.Weeks => ValueRules.WeeksValue,
        ParameterUnit.Days or ParameterUnit.Count => ValueRules.WholeValue(UnitWord(unit)),
        _ => ValueRules.Plain(UnitWord(unit)),
    };

    private bool CheckValue(NumberSyntax value, ParameterUnit unit)
    {
        if (unit == ParameterUnit.Share)
        {
            if (value.Value < 0 || value.Value > 1)
            {
                _bag.Report(DiagnosticDescriptors.ShareOutOfRange, value.Span, value.Text);
                return false;
            }
            return true;
        }
        if (value.IsPercent)
        {
            _bag.Report(DiagnosticDescriptors.TypeMismatch, value.Span, $"a percentage is a share, but the parameter is in {UnitWord(unit)}");
            return false;
        }
        if (Constants.Bound(unit) is { } bound)
        {
            return Constants.TryWhole(value, "A value in " + UnitWord(unit), _bag, out _, bound.Max, bound.What);
        }
        return true;
    }

    public RequirementDraft? BindRequirement(RequirementSyntax syntax)
    {
        var where = "Requirement " + syntax.Name.Text;
        var actor = syntax.Actor is null ? -1 : Find(_domain.Actors, syntax.Actor, "actor");
        var channel = syntax.Channel is null ? -1 : Find(_domain.Channels, syntax.Channel, "channel");
        if (syntax.Actor is null) MissingClause(syntax.Span, syntax.Name.Span, where, "'actor' clause");
        if (syntax.Channel is null) MissingClause(syntax.Span, syntax.Name.Span, where, "'channel' clause");
        if (syntax.Schedule is null) MissingClause(syntax.Span, syntax.Name.Span, where, "schedule (once, times, every)");
        var schedule = syntax.Schedule is null ? null : BindSchedule(syntax.Schedule);
        var costs = BindCosts(syntax.Costs);
        var condition = syntax.Condition is null ? null : _conditions.Bind(syntax.Condition);
        var exemptions = BindExemptions(syntax.Exemptions);
        var (from, until) = Interval(syntax.From, syntax.Until);
        if (actor < 0 || channel < 0 || schedule is null) return null;
        var groups = syntax.For?.Select(n => new NameRef(n.Text, n.Span)).ToList();
        return new RequirementDraft(syntax.Name.Text, syntax.Kind, syntax.Title?.Text, groups, actor, channel, schedule,
            costs, condition, exemptions, from, until, Cite(syntax.Citation), syntax.Span);
    }

    /// <summary><c>except when C</c> clauses, of a requirement or a supervision rule.</summary>
    public EquatableArray<BoundExemption> BindExemptions(IReadOnlyList<ExemptionSyntax> exemptions) =>
        exemptions.Select(e => new BoundExemption(_conditions.Bind(e.Condition), Cite(e.Citation), e.Span)).ToEquatableArray();

    /// <summary>LK0101, unless a syntax error in the declaration explains the gap.</summary>
    public void MissingClause(SourceSpan declaration, SourceSpan at, string what, string clause)
    {
        if (!_syntaxErrors.Within(declaration)) _bag.Report(DiagnosticDescriptors.MissingClause, at, what, clause);
    }

    private ScheduleDraft? BindSchedule(ScheduleSyntax s)
    {
        const string Week = "a number of weeks";
        switch (s.Kind)
        {
            case ScheduleKind.TimesWithin:
                var count = Operand(s.Count!, OperandUse.Count, "The number of events");
                var from = Operand(s.From!, OperandUse.Weeks, "The first week");
                var until = Operand(s.Until!, OperandUse.Weeks, "The end week");
                if (count is null || from is null || until is null) return null;
                CheckWindow(from, until);
                return new ScheduleDraft(s.Kind, count, null, from, until, s.Span);
            case ScheduleKind.Every:
                var interval = Operand(s.Weeks!, OperandUse.Weeks, "The interval");
                var start = s.From is null ? new OperandDraft(0, null, OperandUse.Weeks, Week, s.Span) : Operand(s.From, OperandUse.Weeks, "The first week");
                var end = s.Until is null ? null : Operand(s.Until, OperandUse.Weeks, "The end week");
                if (interval is null || start is null || (s.Until is not null && end is null)) return null;
                if (end is not null) CheckWindow(start, end);
                return new ScheduleDraft(s.Kind, null, interval, start, end, s.Span);
            default:
                var weeks = Operand(s.Weeks!, OperandUse.Weeks, "The number of weeks");
                return weeks is null ? null : new ScheduleDraft(s.Kind, null, weeks, null, null, s.Span);
        }
    }

    private void CheckWindow(OperandDraft from, OperandDraft until)
    {
        if (from.Parameter is null && until.Parameter is null && from.Constant >= until.Constant)
        {
            _bag.Report(DiagnosticDescriptors.EmptyRange, from.Span, Format(from.Constant), Format(until.Constant));
        }
    }

    public List<CostDraft> BindCosts(IReadOnlyList<CostSyntax> costs)
    {
        var result = new List<CostDraft>();
        foreach (var cost in costs)
        {
            var use = cost.Component == CostComponent.Dkk ? OperandUse.Dkk : OperandUse.Minutes;
            if (cost.InHours && cost.Amount.Parameter is not null)
            {
                _bag.Report(DiagnosticDescriptors.HoursOfParameter, cost.Span, ComponentWord(cost.Component), cost.Amount.Parameter.Text);
                continue;
            }
            var amount = Operand(cost.Amount, use, "A cost");
            if (amount is null) continue;
            if (cost.InHours) amount = amount with { Constant = amount.Constant * 60 };
            result.Add(new CostDraft(cost.Component, amount, cost.Span));
        }
        return result;
    }

    /// <summary>An operand with its constant checked now; a parameter's unit is checked when the regime is built.</summary>
    public OperandDraft? Operand(OperandSyntax syntax, OperandUse use, string what)
    {
        var useText = UseWord(use);
        if (syntax.Parameter is not null)
        {
            return new OperandDraft(0, new NameRef(syntax.Parameter.Text, syntax.Parameter.Span), use, useText, syntax.Span);
        }
        var number = syntax.Constant!;
        if (use == OperandUse.Share)
        {
            if (number.Value < 0 || number.Value > 1)
            {
                _bag.Report(DiagnosticDescriptors.ShareOutOfRange, number.Span, number.Text);
                return null;
            }
        }
        else if (number.IsPercent)
        {
            _bag.Report(DiagnosticDescriptors.TypeMismatch, number.Span, $"{what} needs {useText}, not a percentage");
            return null;
        }
        else if (use is OperandUse.Weeks && !Constants.TryWhole(number, what, _bag, out _, Constants.MaxWeeks, "a century of weeks"))
        {
            return null;
        }
        else if (use is OperandUse.Count && !Constants.TryWhole(number, what, _bag, out _, Constants.MaxCount, "one event a week for a century"))
        {
            return null;
        }
        return new OperandDraft(number.Value, null, use, useText, syntax.Span);
    }

    /// <summary>A whole-number constant where the model holds an int (quota windows, supervision weeks).</summary>
    public int? WholeConstant(OperandSyntax syntax, string what)
    {
        if (syntax.Parameter is not null)
        {
            _bag.Report(DiagnosticDescriptors.TypeMismatch, syntax.Span, $"{what} must be a number written in place, not the parameter '{syntax.Parameter.Text}'");
            return null;
        }
        return Constants.TryWhole(syntax.Constant!, what, _bag, out var value, Constants.MaxWeeks, "a century of weeks") ? value : null;
    }

    public (int? From, int? Until) Interval(DateSyntax? from, DateSyntax? until)
    {
        if (from is not null && until is not null && from.Day >= until.Day)
        {
            _bag.Report(DiagnosticDescriptors.EmptyRange, from.Span, from.Text, until.Text);
        }
        return (from?.Day, until?.Day);
    }

    private int Find(EquatableArray<BoundNamed> names, NameSyntax name, string kind)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Name == name.Text) return i;
        }
        _bag.Report(DiagnosticDescriptors.UnknownName, name.Span, kind, name.Text, Suggestions.DidYouMean(name.Text, names.Select(n => n.Name)));
        return -1;
    }

    private static string Describe(GroupSyntax g) => (g.IsOutside ? "Outside " : "Group ") + g.Name.Text;

    public static string UseWord(OperandUse use) => use switch
    {
        OperandUse.Weeks => "a number of weeks",
        OperandUse.Count => "a count",
        OperandUse.Minutes => "minutes",
        OperandUse.Dkk => "DKK",
        _ => "a share",
    };

    public static string UnitWord(ParameterUnit unit) => unit switch
    {
        ParameterUnit.Weeks => "weeks",
        ParameterUnit.Days => "days",
        ParameterUnit.Minutes => "minutes",
        ParameterUnit.Hours => "hours",
        ParameterUnit.Dkk => "dkk",
        ParameterUnit.Share => "share",
        _ => "count",
    };

    public static string ComponentWord(CostComponent c) => c switch
    {
        CostComponent.FollowUp => "follow-up",
        _ => c.ToString().ToLowerInvariant(),
    };

    private static string Format(double d) => d.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public SourceSpan DomainSpan => _domain.Span;
}
