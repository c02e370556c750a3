using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Analysis.Parameters;
using Lovkode.Spec.Analysis.Schedules;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Analysis.Lint;

/// <summary>
/// Events and caseworker minutes per case over one spell, from the spec alone: the schedule
/// gives the events in weeks 0..SpellWeeks-1 of a first spell, the meeting, preparation,
/// follow-up and documentation costs give the minutes per event. Parameters take the value in
/// force when the regime takes effect (else their latest). Who the 'when' condition and the
/// exemptions leave out is not estimated: that needs a population, which the simulator has.
/// </summary>
internal sealed class SavingEstimator
{
    public const int SpellWeeks = 52;

    private readonly BoundRegime _regime;

    public SavingEstimator(BoundRegime regime) => _regime = regime;

    /// <summary>Events and caseworker minutes for one case of <paramref name="group"/>, with <paramref name="replace"/> deciding operand values it overrides.</summary>
    public (double Events, double Minutes) PerCase(BoundRequirement requirement, int group, System.Func<BoundOperand, double?> replace)
    {
        double Value(BoundOperand? operand)
        {
            if (operand is null) return double.NaN;
            var replaced = replace(operand);
            if (replaced is double r) return r;
            if (!operand.IsParameter) return operand.Constant;
            if (operand.ParameterIndex >= _regime.Parameters.Count) return double.NaN;
            return ParameterTimeline.ReferenceValue(_regime.Parameters[operand.ParameterIndex], group, _regime.EffectiveDay) ?? double.NaN;
        }

        var s = requirement.Schedule;
        var values = new ScheduleValues(Value(s.Count), Value(s.Weeks), Value(s.From), Value(s.Until));
        var events = ScheduleWeeks.EventsInSpell(s.Kind, values, SpellWeeks);
        var perEvent = requirement.Costs
            .Where(c => c.Component is CostComponent.Meeting or CostComponent.Preparation or CostComponent.FollowUp or CostComponent.Documentation)
            .Select(c => Value(c.Amount))
            .Where(v => !double.IsNaN(v))
            .Sum();
        return (events, events * perEvent);
    }

    public static LintSaving Summarise(int variantsRemoved, IReadOnlyList<GroupSaving> byGroup)
    {
        var changed = byGroup.Where(g => g.EventsBefore != g.EventsAfter || g.CaseworkerMinutesBefore != g.CaseworkerMinutesAfter).ToList();
        var basis = changed.Count > 0 ? changed : byGroup.ToList();
        var events = basis.Count == 0 ? 0 : basis.Average(g => g.EventsAfter - g.EventsBefore);
        var minutes = basis.Count == 0 ? 0 : basis.Average(g => g.CaseworkerMinutesAfter - g.CaseworkerMinutesBefore);
        return new LintSaving(variantsRemoved, SpellWeeks, events, minutes, byGroup.ToEquatableArray());
    }
}
