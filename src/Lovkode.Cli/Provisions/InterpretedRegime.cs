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
    private readonly GroupTable _groups;
    private readonly int[][] _requirementsOf;
    private readonly DueRule[] _rules;
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
        _groups = new GroupTable(domain, regime);
        _requirementsOf = regime.Groups
            .Select(g => regime.Requirements.Where(r => r.Groups.Contains(g.Index)).Select(r => r.Index).ToArray())
            .ToArray();
        _rules = regime.Requirements.Select(r => new DueRule(r)).ToArray();
        _supervisionExemptions = regime.Supervisions.Select(s => s.Exemptions.Select(e => FactTests.Of(e.Condition)).ToArray()).ToArray();
        _dueTexts = regime.Requirements.Select(r => "due: " + _text.Schedule(r.Schedule)).ToArray();
        MaxDuePerWeek = regime.Requirements.Count;
    }

    public RegimeInfo Info { get; }

    public ParameterSet Parameters { get; }

    public int MaxDuePerWeek { get; }

    public TResult Accept<TResult>(IRegimeVisitor<TResult> visitor) => visitor.Visit(this);

    public int Classify(in Citizen citizen) => _groups.Classify(in citizen);

    public int Schedule(in Citizen citizen, int group, in CaseWeek week, Span<DueEvent> due)
    {
        if ((uint)group >= (uint)_requirementsOf.Length) return 0;
        var count = 0;
        foreach (var r in _requirementsOf[group])
        {
            if (_rules[r].IsDue(in citizen, group, week.SpellWeek, week.CumulativeWeeks, week.DayNumber, Parameters))
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
                case DueStatus.Due:
                    trace.Add(new TraceEntry(TraceKind.Due, week.SpellWeek, rule.Name, _dueTexts[r], citation));
                    break;
                case DueStatus.NotInForce:
                    trace.Add(new TraceEntry(TraceKind.NotApplicable, week.SpellWeek, rule.Name, "not in force at this date: in force " + _text.InForce(rule.FromDay, rule.UntilDay), citation));
                    break;
                case DueStatus.ConditionFalse:
                    trace.Add(new TraceEntry(TraceKind.NotApplicable, week.SpellWeek, rule.Name, "does not apply: when " + _text.Condition(rule.Condition!) + " is false", citation));
                    break;
                case DueStatus.Exempt:
                    var e = rule.Exemptions[exemption];
                    trace.Add(new TraceEntry(TraceKind.Exempt, week.SpellWeek, rule.Name, "exempt: except when " + _text.Condition(e.Condition), BoundRegimeInfo.Cite(e.Citation)));
                    break;
            }
        }
    }

    /// <summary>Left to right from the first item, as the generated <c>a + b</c>; 0 when the component has none.</summary>
    private double Sum(DueRule.Amount[] amounts, int group, int day)
    {
        if (amounts.Length == 0) return 0d;
        var total = amounts[0].Value(Parameters, group, day);
        for (var i = 1; i < amounts.Length; i++) total += amounts[i].Value(Parameters, group, day);
        return total;
    }
}
