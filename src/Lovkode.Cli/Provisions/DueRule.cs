using Lovkode.Runtime;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Cli.Provisions;

/// <summary>Why a requirement is or is not due in a week, in the order the language checks (as the generated Explain names it).</summary>
internal enum DueStatus : byte
{
    NotInForce,
    ConditionFalse,
    Exempt,
    NotThisWeek,
    Due,
}

/// <summary>
/// One requirement of an <see cref="InterpretedRegime"/> laid out for the week loop. <see cref="Status"/>
/// makes the checks in the language's order for explanations; <see cref="IsDue"/> makes the same
/// checks cheapest first, as the generated <c>Due_</c> methods do (every check only reads, so
/// the order changes no answer): the dates, then the spell weeks the schedule's constant
/// operands allow, then the condition and exemptions, and only then the parameter lookups.
/// </summary>
internal sealed class DueRule
{
    private readonly int _from;
    private readonly int _until;
    private readonly int _firstWeek;
    private readonly int _lastWeek;
    private readonly FactTest? _condition;
    private readonly FactTest[] _exemptions;
    private readonly ScheduleKind _kind;
    private readonly Amount _count;
    private readonly Amount _weeks;
    private readonly Amount _first;
    private readonly Amount _last;
    private readonly bool _bounded;

    public DueRule(BoundRequirement r)
    {
        _from = r.FromDay ?? int.MinValue;
        _until = r.UntilDay ?? int.MaxValue;
        _condition = r.Condition is null ? null : FactTests.Of(r.Condition);
        _exemptions = r.Exemptions.Select(e => FactTests.Of(e.Condition)).ToArray();
        _kind = r.Schedule.Kind;
        _count = Amount.Of(r.Schedule.Count);
        _weeks = Amount.Of(r.Schedule.Weeks);
        _first = Amount.Of(r.Schedule.From);
        _last = Amount.Of(r.Schedule.Until);
        _bounded = r.Schedule.Until is not null;
        (_firstWeek, _lastWeek) = WeekWindow();
        Costs = ComponentOrder.Select(c => r.Costs.Where(x => x.Component == c).Select(x => Amount.Of(x.Amount)).ToArray()).ToArray();
    }

    /// <summary>Per cost component in EventCost's order (meeting, preparation, follow-up, documentation, citizen, DKK), the amounts in written order.</summary>
    public Amount[][] Costs { get; }

    public DueStatus Status(in Citizen citizen, int group, int week, int cumulative, int day, ParameterSet parameters, out int exemption)
    {
        exemption = -1;
        if (day < _from || day >= _until) return DueStatus.NotInForce;
        if (_condition is not null && !_condition(in citizen)) return DueStatus.ConditionFalse;
        for (var i = 0; i < _exemptions.Length; i++)
        {
            if (!_exemptions[i](in citizen)) continue;
            exemption = i;
            return DueStatus.Exempt;
        }
        return Fires(group, week, cumulative, day, parameters) ? DueStatus.Due : DueStatus.NotThisWeek;
    }

    public bool IsDue(in Citizen citizen, int group, int week, int cumulative, int day, ParameterSet parameters)
    {
        if (day < _from || day >= _until || week < _firstWeek || week > _lastWeek) return false;
        if (_condition is not null && !_condition(in citizen)) return false;
        foreach (var exemption in _exemptions)
        {
            if (exemption(in citizen)) return false;
        }
        return Fires(group, week, cumulative, day, parameters);
    }

    /// <summary>The arithmetic of Lovkode.Spec/Evaluation/RegimeInterpreter.cs, in doubles (NaN never fires).</summary>
    private bool Fires(int group, int week, int cumulative, int day, ParameterSet parameters)
    {
        switch (_kind)
        {
            case ScheduleKind.OnceWithin:
                return week == _weeks.Value(parameters, group, day) - 1;
            case ScheduleKind.TimesWithin:
                {
                    double k = _count.Value(parameters, group, day), a = _first.Value(parameters, group, day), b = _last.Value(parameters, group, day);
                    for (var i = 0; i < k; i++)
                    {
                        if (week == a + Math.Floor(i * (b - a) / k)) return true;
                    }
                    return false;
                }
            case ScheduleKind.Every:
                {
                    double n = _weeks.Value(parameters, group, day), a = _first.Value(parameters, group, day);
                    if (week < a) return false;
                    if (_bounded && week >= _last.Value(parameters, group, day)) return false;
                    return (week - a) % n == 0;
                }
            case ScheduleKind.AfterCumulative:
                return week >= 0 && cumulative == _weeks.Value(parameters, group, day);
            default:
                return false;
        }
    }

    /// <summary>
    /// The spell weeks outside which the schedule cannot fire whatever its parameters, from its
    /// constant operands alone: a constant deadline's one week, a constant <c>from week</c> and
    /// <c>until week</c>, a constant window of <c>K times within weeks A..B</c> (every event lies in
    /// [A, B) when B ≥ A, or in week A when they are equal). Wider is always safe.
    /// </summary>
    private (int First, int Last) WeekWindow()
    {
        const int none = int.MaxValue;
        static int Floor(double x) => x <= int.MinValue ? int.MinValue : x >= int.MaxValue ? int.MaxValue : (int)Math.Floor(x);
        static int Ceiling(double x) => x <= int.MinValue ? int.MinValue : x >= int.MaxValue ? int.MaxValue : (int)Math.Ceiling(x);
        static int Before(int week) => week == int.MinValue ? int.MinValue : week - 1;
        switch (_kind)
        {
            case ScheduleKind.OnceWithin when !_weeks.IsParameter:
                {
                    var target = _weeks.Constant - 1;
                    return double.IsFinite(target) && target == Math.Floor(target) && target > int.MinValue && target < int.MaxValue ? ((int)target, (int)target) : (none, int.MinValue);
                }
            case ScheduleKind.TimesWithin when !_first.IsParameter && !_last.IsParameter:
                {
                    double a = _first.Constant, b = _last.Constant;
                    if (!double.IsFinite(a) || !double.IsFinite(b) || b < a) return (int.MinValue, int.MaxValue);
                    return (Ceiling(a), b > a ? Before(Ceiling(b)) : Floor(a));
                }
            case ScheduleKind.Every:
                {
                    var first = !_first.IsParameter && double.IsFinite(_first.Constant) ? Ceiling(_first.Constant) : int.MinValue;
                    var last = _bounded && !_last.IsParameter && double.IsFinite(_last.Constant) ? Before(Ceiling(_last.Constant)) : int.MaxValue;
                    return (first, last);
                }
            case ScheduleKind.AfterCumulative:
                return (0, int.MaxValue);
            default:
                return (int.MinValue, int.MaxValue);
        }
    }

    /// <summary>The cost components in the order <see cref="EventCost"/> takes them.</summary>
    private static readonly Spec.Language.CostComponent[] ComponentOrder =
    [
        Spec.Language.CostComponent.Meeting,
        Spec.Language.CostComponent.Preparation,
        Spec.Language.CostComponent.FollowUp,
        Spec.Language.CostComponent.Documentation,
        Spec.Language.CostComponent.Citizen,
        Spec.Language.CostComponent.Dkk,
    ];

    /// <summary>A constant or a parameter's value for the group at the date.</summary>
    public readonly record struct Amount(double Constant, int Parameter)
    {
        public bool IsParameter => Parameter >= 0;

        public static Amount Of(BoundOperand? o) => o is null ? new(double.NaN, -1) : new(o.Constant, o.IsParameter ? o.ParameterIndex : -1);

        public double Value(ParameterSet parameters, int group, int day) => Parameter >= 0 ? parameters.Value(Parameter, group, day) : Constant;
    }
}
