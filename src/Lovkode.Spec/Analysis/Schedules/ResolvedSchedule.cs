using System.Collections.Generic;
using Lovkode.Spec.Analysis.Parameters;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Analysis.Schedules;

/// <summary>A schedule with numbers for its operands: one per group and dated value the operands can take.</summary>
internal sealed record ResolvedSchedule(ScheduleKind Kind, ScheduleValues Values, int Group, string Where)
{
    public static IEnumerable<ResolvedSchedule> All(AnalysisContext context, BoundSchedule schedule, IEnumerable<int> groups)
    {
        var operands = new List<BoundOperand>();
        var slots = new int[4];
        Add(schedule.Count, 0);
        Add(schedule.Weeks, 1);
        Add(schedule.From, 2);
        Add(schedule.Until, 3);
        foreach (var valuation in OperandValues.Enumerate(context, operands, groups))
        {
            double At(int slot) => slots[slot] < 0 ? double.NaN : valuation.Values[slots[slot]];
            yield return new ResolvedSchedule(schedule.Kind, new ScheduleValues(At(0), At(1), At(2), At(3)), valuation.Group, valuation.Where);
        }

        void Add(BoundOperand? operand, int slot)
        {
            slots[slot] = operand is null ? -1 : operands.Count;
            if (operand is not null) operands.Add(operand);
        }
    }
}
