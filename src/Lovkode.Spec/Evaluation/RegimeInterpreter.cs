using System;
using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Evaluation;

/// <summary>
/// Evaluates a bound regime straight from the model, with no generated code: the oracle the
/// generated evaluators are tested against. It follows docs/spec-language.md and
/// Binding/Model/BoundSchedule.cs literally and favours being obviously right over being fast.
/// Facts are the citizen's int slots (enum ordinal, 0/1, number, day number), indexed by slot.
/// </summary>
public sealed class RegimeInterpreter
{
    private readonly IReadOnlyList<ParameterOverride> _overrides;

    public RegimeInterpreter(BoundRegime regime, IEnumerable<ParameterOverride>? overrides = null)
    {
        Regime = regime;
        _overrides = (overrides ?? Enumerable.Empty<ParameterOverride>()).ToList();
    }

    public BoundRegime Regime { get; }

    /// <summary>Every group whose condition holds; the coverage check makes this exactly one.</summary>
    public IReadOnlyList<int> MatchingGroups(IReadOnlyList<int> facts) =>
        Regime.Groups.Where(g => ConditionEvaluator.Holds(g.Condition, facts)).Select(g => g.Index).ToList();

    /// <summary>The first group (by index) whose condition holds, or -1.</summary>
    public int Classify(IReadOnlyList<int> facts)
    {
        var matches = MatchingGroups(facts);
        return matches.Count == 0 ? -1 : matches[0];
    }

    /// <summary>The indices of the requirements due in the week, ascending.</summary>
    public IReadOnlyList<int> Due(IReadOnlyList<int> facts, int group, int spellWeek, int cumulativeWeeks, int dayNumber) =>
        Regime.Requirements
            .Where(r => r.Groups.Contains(group))
            .Where(r => Evaluate(r, facts, group, spellWeek, cumulativeWeeks, dayNumber) == RequirementOutcome.Due)
            .Select(r => r.Index)
            .ToList();

    /// <summary>The checks in order: in force at the date, condition, exemptions, schedule.</summary>
    public RequirementOutcome Evaluate(BoundRequirement r, IReadOnlyList<int> facts, int group, int spellWeek, int cumulativeWeeks, int dayNumber)
    {
        if ((r.FromDay is int from && dayNumber < from) || (r.UntilDay is int until && dayNumber >= until)) return RequirementOutcome.NotInForce;
        if (r.Condition is not null && !ConditionEvaluator.Holds(r.Condition, facts)) return RequirementOutcome.ConditionFalse;
        if (r.Exemptions.Any(e => ConditionEvaluator.Holds(e.Condition, facts))) return RequirementOutcome.Exempt;
        return Fires(r.Schedule, group, spellWeek, cumulativeWeeks, dayNumber) ? RequirementOutcome.Due : RequirementOutcome.NotThisWeek;
    }

    /// <summary>Whether an <c>except when</c> of the supervision rule holds: the case is not counted in its measure.</summary>
    public bool SupervisionExempt(int supervision, IReadOnlyList<int> facts) =>
        Regime.Supervisions[supervision].Exemptions.Any(e => ConditionEvaluator.Holds(e.Condition, facts));

    public CostBreakdown Cost(int requirement, int group, int dayNumber)
    {
        var r = Regime.Requirements[requirement];
        double Sum(CostComponent c) => r.Costs.Where(x => x.Component == c).Sum(x => Value(x.Amount, group, dayNumber));
        return new CostBreakdown(
            Sum(CostComponent.Meeting),
            Sum(CostComponent.Preparation),
            Sum(CostComponent.FollowUp),
            Sum(CostComponent.Documentation),
            Sum(CostComponent.Citizen),
            Sum(CostComponent.Dkk));
    }

    /// <summary>A constant, or the parameter's value for the group at the date.</summary>
    public double Value(BoundOperand operand, int group, int dayNumber) =>
        operand.IsParameter ? ParameterValue(operand.ParameterIndex, group, dayNumber) : operand.Constant;

    /// <summary>
    /// At a date: an override beats a cited value, a value for the group beats one for every
    /// group, and of equal rank the later wins. No value gives NaN, which never fires.
    /// </summary>
    public double ParameterValue(int parameter, int group, int dayNumber)
    {
        var candidates = Regime.Parameters[parameter].Values
            .Select(v => (v.GroupIndex, v.Value, v.FromDay, v.UntilDay, Priority: 0))
            .Concat(_overrides.Where(o => o.Parameter == parameter).Select(o => (GroupIndex: o.Group, o.Value, o.FromDay, o.UntilDay, Priority: 1)));
        var best = double.NaN;
        var bestRank = -1;
        foreach (var c in candidates)
        {
            if (c.GroupIndex != -1 && c.GroupIndex != group) continue;
            if ((c.FromDay is int f && dayNumber < f) || (c.UntilDay is int u && dayNumber >= u)) continue;
            var rank = (c.Priority * 2) + (c.GroupIndex >= 0 ? 1 : 0);
            if (rank >= bestRank)
            {
                best = c.Value;
                bestRank = rank;
            }
        }
        return best;
    }

    private bool Fires(BoundSchedule s, int group, int week, int cumulative, int day)
    {
        double V(BoundOperand? o) => o is null ? double.NaN : Value(o, group, day);
        switch (s.Kind)
        {
            case ScheduleKind.OnceWithin:
                return week == V(s.Weeks) - 1;
            case ScheduleKind.TimesWithin:
                {
                    double k = V(s.Count), a = V(s.From), b = V(s.Until);
                    for (var i = 0; i < k; i++)
                    {
                        if (week == a + Math.Floor(i * (b - a) / k)) return true;
                    }
                    return false;
                }
            case ScheduleKind.Every:
                {
                    double n = V(s.Weeks), a = V(s.From);
                    if (week < a) return false;
                    if (s.Until is not null && week >= V(s.Until)) return false;
                    return (week - a) % n == 0;
                }
            case ScheduleKind.AfterCumulative:
                return week >= 0 && cumulative == V(s.Weeks);
            default:
                return false;
        }
    }
}
