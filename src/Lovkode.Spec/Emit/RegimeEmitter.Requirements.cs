using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Emit;

public static partial class RegimeEmitter
{
    private const string Status = "RequirementStatus";

    /// <summary>
    /// One method per requirement decides its status in a week, in the order the language
    /// defines: in force at the date, its condition, its exemptions, then the schedule, and
    /// says why it is not due. <c>Explain</c> calls it; <c>Schedule</c> takes the due-only
    /// path of RegimeEmitter.Schedule.cs, the same checks cheapest first.
    /// </summary>
    private static void EmitRequirements(CodeWriter w, BoundRegime regime, RuleText text)
    {
        w.Line("/// <summary>Why a requirement is or is not due in a week, for Explain. Schedule asks the Due_ methods, which make the same checks.</summary>");
        w.Line($"private enum {Status} : byte {{ NotInForce, ConditionFalse, Exempt, NotThisWeek, Due }}");
        w.Line();
        foreach (var r in regime.Requirements)
        {
            var remarks = new System.Collections.Generic.List<string>
            {
                RuleText.Citation(r.Citation),
                $"{r.Kind.ToString().ToLowerInvariant()} for {text.GroupNames(r.Groups)}",
                text.Schedule(r.Schedule),
            };
            if (r.Costs.Count > 0) remarks.Add("cost " + text.Costs(r.Costs));
            if (r.Condition is not null) remarks.Add("when " + text.Condition(r.Condition));
            foreach (var e in r.Exemptions) remarks.Add($"except when {text.Condition(e.Condition)} {RuleText.Citation(e.Citation)}");
            if (r.FromDay is not null || r.UntilDay is not null) remarks.Add("in force " + text.InForce(r.FromDay, r.UntilDay));
            w.Summary($"Requirement {r.Name}: {r.Title ?? r.Name}", remarks.ToArray());
            w.Open($"private {Status} {RequirementMethod(r)}(in {R}Citizen citizen, int group, in {R}CaseWeek week, out int exemption)");
            w.Line("exemption = -1;");
            w.Line("var day = week.DayNumber;");
            var bounds = new System.Collections.Generic.List<string>();
            if (r.FromDay is int from) bounds.Add($"day < {CSharpLiteral.Int(from)}");
            if (r.UntilDay is int until) bounds.Add($"day >= {CSharpLiteral.Int(until)}");
            if (bounds.Count > 0) w.Line($"if ({string.Join(" || ", bounds)}) return {Status}.NotInForce;");
            if (EmitApplicability(w, r)) EmitScheduleTest(w, r.Schedule, regime);
            w.Close();
            w.Line();
        }
    }

    /// <summary>
    /// The condition, then the exemptions in order (the first that holds is named). Literals
    /// are folded so that nothing unreachable is emitted: a condition that always holds is not
    /// tested, and one that never holds (or an exemption that always does) ends the method
    /// there. Returns whether the schedule test is still reachable.
    /// </summary>
    private static bool EmitApplicability(CodeWriter w, BoundRequirement r)
    {
        if (r.Condition is not null)
        {
            var condition = ConditionFolding.Fold(r.Condition);
            if (condition is BoundLiteral { Value: false })
            {
                w.Line($"return {Status}.ConditionFalse;");
                return false;
            }
            if (condition is not BoundLiteral) w.Line($"if ({ConditionCode.Not(condition, "citizen")}) return {Status}.ConditionFalse;");
        }
        for (var i = 0; i < r.Exemptions.Count; i++)
        {
            var exemption = ConditionFolding.Fold(r.Exemptions[i].Condition);
            if (exemption is BoundLiteral { Value: false }) continue;
            var always = exemption is BoundLiteral;
            if (!always) w.Open($"if ({ConditionCode.Of(exemption, "citizen")})");
            w.Line($"exemption = {CSharpLiteral.Int(i)};");
            w.Line($"return {Status}.Exempt;");
            if (!always) w.Close();
            else return false;
        }
        return true;
    }

    /// <summary>The schedule arithmetic of Binding/Model/BoundSchedule.cs, in doubles because parameters are doubles (NaN never fires).</summary>
    private static void EmitScheduleTest(CodeWriter w, BoundSchedule s, BoundRegime regime)
    {
        string O(BoundOperand? o) => OperandCode(o ?? throw new EmitException($"a {s.Kind} schedule lacks an operand"), regime, "day");
        switch (s.Kind)
        {
            case ScheduleKind.OnceWithin:
                w.Line($"return week.SpellWeek == {O(s.Weeks)} - 1d ? {Status}.Due : {Status}.NotThisWeek;");
                break;
            case ScheduleKind.TimesWithin:
                w.Line($"var times = {O(s.Count)};");
                w.Line($"var first = {O(s.From)};");
                w.Line($"var span = {O(s.Until)} - first;");
                w.Line("// Event i falls in week first + floor(i * span / times).");
                w.Open("for (var i = 0; i < times; i++)");
                w.Line($"if (week.SpellWeek == first + global::System.Math.Floor(i * span / times)) return {Status}.Due;");
                w.Close();
                w.Line($"return {Status}.NotThisWeek;");
                break;
            case ScheduleKind.Every:
                w.Line($"var interval = {O(s.Weeks)};");
                w.Line($"var first = {O(s.From)};");
                w.Line($"if (week.SpellWeek < first) return {Status}.NotThisWeek;");
                if (s.Until is not null) w.Line($"if (week.SpellWeek >= {O(s.Until)}) return {Status}.NotThisWeek;");
                w.Line($"return (week.SpellWeek - first) % interval == 0d ? {Status}.Due : {Status}.NotThisWeek;");
                break;
            case ScheduleKind.AfterCumulative:
                // Only in a week of the spell: cumulative weeks never make a rule due before the spell starts.
                w.Line($"return week.SpellWeek >= 0 && week.CumulativeWeeks == {O(s.Weeks)} ? {Status}.Due : {Status}.NotThisWeek;");
                break;
            default:
                throw new EmitException($"unknown schedule kind {s.Kind}");
        }
    }

    private static void EmitCost(CodeWriter w, BoundRegime regime, RuleText text)
    {
        w.Line("/// <summary>What one event of the requirement costs for a citizen of the group at the date (minutes and DKK).</summary>");
        w.Open($"public {R}EventCost Cost(int requirement, int group, int dayNumber)");
        w.Open("switch (requirement)");
        foreach (var r in regime.Requirements)
        {
            w.Line($"case {CSharpLiteral.Int(r.Index)}: // {CommentText.Line(r.Name)}: {CommentText.Line(text.Costs(r.Costs))}");
            var parts = new[] { CostComponent.Meeting, CostComponent.Preparation, CostComponent.FollowUp, CostComponent.Documentation, CostComponent.Citizen, CostComponent.Dkk }
                .Select(c => r.Costs.Where(x => x.Component == c).Select(x => OperandCode(x.Amount, regime, "dayNumber")).ToList())
                .Select(list => list.Count == 0 ? "0d" : string.Join(" + ", list));
            w.Line($"    return new {R}EventCost({string.Join(", ", parts)});");
        }
        w.Line("default:");
        w.Line("    throw new global::System.ArgumentOutOfRangeException(nameof(requirement), requirement, \"no such requirement\");");
        w.Close();
        w.Close();
        w.Line();
    }

    private static string OperandCode(BoundOperand o, BoundRegime regime, string day, string group = "group")
    {
        if (!o.IsParameter) return CSharpLiteral.Double(o.Constant);
        if (o.ParameterIndex >= regime.Parameters.Count) throw new EmitException($"parameter index {o.ParameterIndex} is out of range");
        return $"_parameters.Value({CSharpLiteral.Int(o.ParameterIndex)}, {group}, {day})";
    }
}
