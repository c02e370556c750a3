using Lovkode.Runtime;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Emit;

namespace Lovkode.Cli.Provisions;

/// <summary>
/// A regime evaluated straight from its bound model, without generating or compiling code:
/// how the engine runs the regime of a coalition of provisions, of which a provision split
/// needs dozens to thousands (one run-time compile per coalition would cost more than the
/// simulation; see docs/model.md). Its answers are those of the generated class of the same
/// bound regime: the order of the language (in force at the date, condition, exemptions,
/// schedule) in the arithmetic of Lovkode.Spec/Evaluation/RegimeInterpreter.cs, parameters
/// through the same <see cref="ParameterSet"/>, costs summed in the same order. Tests hold the
/// two equal on every built-in regime and on whole simulations.
/// </summary>
/// <remarks>
/// Nothing is compiled, so there is no code to verify: the regime is data (conditions become
/// delegates over the citizen's int slots). Everything is laid out in arrays before the run;
/// <see cref="Schedule"/> allocates nothing.
/// </remarks>
public sealed class InterpretedRegime : IRegime
{
    private readonly FactTest[] _groups;
    private readonly int[][] _requirementsOf;
    private readonly Rule[] _rules;
    private readonly FactTest[][] _supervisionExemptions;
    private readonly string[] _dueTexts;
    private readonly BoundRegime _regime;
    private readonly RuleText _text;

    public InterpretedRegime(BoundDomain domain, BoundRegime regime)
        : this(domain, regime, BoundRegimeInfo.Build(domain, regime))
    {
    }

    private InterpretedRegime(BoundDomain domain, BoundRegime regime, RegimeInfo info)
    {
        _regime = regime;
        _text = new RuleText(domain, regime);
        Info = info;
        Parameters = new ParameterSet(info.Parameters, info.Groups.Count);
        _groups = regime.Groups.Select(g => FactTests.Of(g.Condition)).ToArray();
        _requirementsOf = regime.Groups
            .Select(g => regime.Requirements.Where(r => r.Groups.Contains(g.Index)).Select(r => r.Index).ToArray())
            .ToArray();
        _rules = regime.Requirements.Select(r => new Rule(r)).ToArray();
        _supervisionExemptions = regime.Supervisions.Select(s => s.Exemptions.Select(e => FactTests.Of(e.Condition)).ToArray()).ToArray();
        _dueTexts = regime.Requirements.Select(r => "due: " + _text.Schedule(r.Schedule)).ToArray();
        MaxDuePerWeek = regime.Requirements.Count;
    }

    public RegimeInfo Info { get; }

    public ParameterSet Parameters { get; }

    public int MaxDuePerWeek { get; }

    public TResult Accept<TResult>(IRegimeVisitor<TResult> visitor) => visitor.Visit(this);

    public int Classify(in Citizen citizen)
    {
        var groups = _groups;
        for (var g = 0; g < groups.Length; g++)
        {
            if (groups[g](in citizen)) return g;
        }
        return -1;
    }

    public int Schedule(in Citizen citizen, int group, in CaseWeek week, Span<DueEvent> due)
    {
        if ((uint)group >= (uint)_requirementsOf.Length) return 0;
        var count = 0;
        foreach (var r in _requirementsOf[group])
        {
            if (_rules[r].Status(in citizen, group, week.SpellWeek, week.CumulativeWeeks, week.DayNumber, Parameters, out _) == Status.Due)
            {
                due[count++] = new DueEvent(r);
            }
        }
        return count;
    }

    public EventCost Cost(int requirement, int group, int dayNumber)
    {
        if ((uint)requirement >= (uint)_rules.Length) throw new ArgumentOutOfRangeException(nameof(requirement), requirement, "no such requirement");
        var costs = _rules[requirement].Costs;
        return new EventCost(
            Sum(costs[0], group, dayNumber),
            Sum(costs[1], group, dayNumber),
            Sum(costs[2], group, dayNumber),
            Sum(costs[3], group, dayNumber),
            Sum(costs[4], group, dayNumber),
            Sum(costs[5], group, dayNumber));
    }

    public bool SupervisionExempt(int supervision, in Citizen citizen)
    {
        foreach (var exemption in _supervisionExemptions[supervision])
        {
            if (exemption(in citizen)) return true;
        }
        return false;
    }

    /// <summary>The trace the generated Explain writes: the group, then each of its requirements with what it did.</summary>
    public void Explain(in Citizen citizen, in CaseWeek week, ICollection<TraceEntry> trace)
    {
        var group = Classify(in citizen);
        if (group < 0)
        {
            trace.Add(new TraceEntry(TraceKind.Classified, week.SpellWeek, "", "no target group's condition holds", Runtime.Citation.None));
            return;
        }
        var g = _regime.Groups[group];
        var what = $"{(g.IsOutside ? "outside" : "group")} {g.Name} ({g.Title ?? g.Name}): when {_text.Condition(g.Condition)}";
        trace.Add(new TraceEntry(TraceKind.Classified, week.SpellWeek, g.Name, what, Info.Groups[group].Citation));
        foreach (var r in _requirementsOf[group])
        {
            var rule = _regime.Requirements[r];
            var citation = Info.Requirements[r].Citation;
            switch (_rules[r].Status(in citizen, group, week.SpellWeek, week.CumulativeWeeks, week.DayNumber, Parameters, out var exemption))
            {
                case Status.Due:
                    trace.Add(new TraceEntry(TraceKind.Due, week.SpellWeek, rule.Name, _dueTexts[r], citation));
                    break;
                case Status.NotInForce:
                    trace.Add(new TraceEntry(TraceKind.NotApplicable, week.SpellWeek, rule.Name, "not in force at this date: in force " + _text.InForce(rule.FromDay, rule.UntilDay), citation));
                    break;
                case Status.ConditionFalse:
                    trace.Add(new TraceEntry(TraceKind.NotApplicable, week.SpellWeek, rule.Name, "does not apply: when " + _text.Condition(rule.Condition!) + " is false", citation));
                    break;
                case Status.Exempt:
                    var e = rule.Exemptions[exemption];
                    trace.Add(new TraceEntry(TraceKind.Exempt, week.SpellWeek, rule.Name, "exempt: except when " + _text.Condition(e.Condition), BoundRegimeInfo.Cite(e.Citation)));
                    break;
            }
        }
    }

    /// <summary>Left to right from the first item, as the generated <c>a + b</c>; 0 when the component has none.</summary>
    private double Sum(Amount[] amounts, int group, int day)
    {
        if (amounts.Length == 0) return 0d;
        var total = amounts[0].Value(Parameters, group, day);
        for (var i = 1; i < amounts.Length; i++) total += amounts[i].Value(Parameters, group, day);
        return total;
    }

    private enum Status : byte
    {
        NotInForce,
        ConditionFalse,
        Exempt,
        NotThisWeek,
        Due,
    }

    /// <summary>A constant or a parameter's value for the group at the date.</summary>
    private readonly record struct Amount(double Constant, int Parameter)
    {
        public static Amount Of(BoundOperand? o) => o is null ? new(double.NaN, -1) : new(o.Constant, o.IsParameter ? o.ParameterIndex : -1);

        public double Value(ParameterSet parameters, int group, int day) => Parameter >= 0 ? parameters.Value(Parameter, group, day) : Constant;
    }

    /// <summary>One requirement laid out for the week loop.</summary>
    private sealed class Rule
    {
        private readonly int _from;
        private readonly int _until;
        private readonly FactTest? _condition;
        private readonly FactTest[] _exemptions;
        private readonly ScheduleKind _kind;
        private readonly Amount _count;
        private readonly Amount _weeks;
        private readonly Amount _first;
        private readonly Amount _last;
        private readonly bool _bounded;

        public Rule(BoundRequirement r)
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
            Costs = ComponentOrder.Select(c => r.Costs.Where(x => x.Component == c).Select(x => Amount.Of(x.Amount)).ToArray()).ToArray();
        }

        /// <summary>Per cost component in EventCost's order (meeting, preparation, follow-up, documentation, citizen, DKK), the amounts in written order.</summary>
        public Amount[][] Costs { get; }

        public Status Status(in Citizen citizen, int group, int week, int cumulative, int day, ParameterSet parameters, out int exemption)
        {
            exemption = -1;
            if (day < _from || day >= _until) return InterpretedRegime.Status.NotInForce;
            if (_condition is not null && !_condition(in citizen)) return InterpretedRegime.Status.ConditionFalse;
            for (var i = 0; i < _exemptions.Length; i++)
            {
                if (!_exemptions[i](in citizen)) continue;
                exemption = i;
                return InterpretedRegime.Status.Exempt;
            }
            return Fires(group, week, cumulative, day, parameters) ? InterpretedRegime.Status.Due : InterpretedRegime.Status.NotThisWeek;
        }

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
    }

    /// <summary>The cost components in the order <see cref="EventCost"/> takes them.</summary>
    private static readonly Spec.Binding.Model.CostComponent[] ComponentOrder =
    [
        Spec.Binding.Model.CostComponent.Meeting,
        Spec.Binding.Model.CostComponent.Preparation,
        Spec.Binding.Model.CostComponent.FollowUp,
        Spec.Binding.Model.CostComponent.Documentation,
        Spec.Binding.Model.CostComponent.Citizen,
        Spec.Binding.Model.CostComponent.Dkk,
    ];
}
