using System.Linq;
using Lovkode.Spec.Binding.Model;

namespace Lovkode.Spec.Emit;

public static partial class RegimeEmitter
{
    /// <summary>
    /// The trace: the group and why, then for each requirement of the group whether it is
    /// due, exempt or not applicable, with the citation. The texts are fixed strings written
    /// at generation time, so Explain formats nothing from the citizen.
    /// </summary>
    private static void EmitExplain(CodeWriter w, BoundRegime regime, RuleText text)
    {
        var entry = $"{R}TraceEntry";
        var kind = $"{R}TraceKind";
        w.Line("/// <summary>The group, the events due and the rules that did not apply, each with its citation. Allocates; not for the hot path.</summary>");
        w.Open($"public void Explain(in {R}Citizen citizen, in {R}CaseWeek week, global::System.Collections.Generic.ICollection<{entry}> trace)");
        w.Line("var group = Classify(in citizen);");
        w.Open("switch (group)");
        foreach (var g in regime.Groups)
        {
            var what = $"{(g.IsOutside ? "outside" : "group")} {g.Name} ({g.Title ?? g.Name}): when {text.Condition(g.Condition)}";
            w.Line($"case {CSharpLiteral.Int(g.Index)}:");
            w.Indent();
            w.Line($"trace.Add(new {entry}({kind}.Classified, week.SpellWeek, {CSharpLiteral.String(g.Name)}, {CSharpLiteral.String(what)}, _info.Groups[{CSharpLiteral.Int(g.Index)}].Citation));");
            foreach (var r in regime.Requirements.Where(r => r.Groups.Contains(g.Index)))
            {
                w.Line($"{TraceMethod(r)}(in citizen, group, in week, trace);");
            }
            w.Line("break;");
            w.Outdent();
        }
        w.Line("default:");
        w.Line($"    trace.Add(new {entry}({kind}.Classified, week.SpellWeek, \"\", \"no target group's condition holds\", {R}Citation.None));");
        w.Line("    break;");
        w.Close();
        w.Close();
        w.Line();

        foreach (var r in regime.Requirements)
        {
            var index = CSharpLiteral.Int(r.Index);
            var rule = CSharpLiteral.String(r.Name);
            var citation = $"_info.Requirements[{index}].Citation";
            w.Open($"private void {TraceMethod(r)}(in {R}Citizen citizen, int group, in {R}CaseWeek week, global::System.Collections.Generic.ICollection<{entry}> trace)");
            w.Open($"switch ({RequirementMethod(r)}(in citizen, group, in week, out var exemption))");
            w.Line($"case {Status}.Due:");
            w.Line($"    trace.Add(new {entry}({kind}.Due, week.SpellWeek, {rule}, {CSharpLiteral.String("due: " + text.Schedule(r.Schedule))}, {citation}));");
            w.Line("    break;");
            if (r.FromDay is not null || r.UntilDay is not null)
            {
                w.Line($"case {Status}.NotInForce:");
                w.Line($"    trace.Add(new {entry}({kind}.NotApplicable, week.SpellWeek, {rule}, {CSharpLiteral.String("not in force at this date: in force " + text.InForce(r.FromDay, r.UntilDay))}, {citation}));");
                w.Line("    break;");
            }
            if (r.Condition is not null)
            {
                w.Line($"case {Status}.ConditionFalse:");
                w.Line($"    trace.Add(new {entry}({kind}.NotApplicable, week.SpellWeek, {rule}, {CSharpLiteral.String("does not apply: when " + text.Condition(r.Condition) + " is false")}, {citation}));");
                w.Line("    break;");
            }
            for (var i = 0; i < r.Exemptions.Count; i++)
            {
                var e = r.Exemptions[i];
                w.Line($"case {Status}.Exempt when exemption == {CSharpLiteral.Int(i)}:");
                w.Line($"    trace.Add(new {entry}({kind}.Exempt, week.SpellWeek, {rule}, {CSharpLiteral.String("exempt: except when " + text.Condition(e.Condition))}, {Citation(e.Citation)}));");
                w.Line("    break;");
            }
            w.Close();
            w.Close();
            w.Line();
        }
    }

    private static string TraceMethod(BoundRequirement r) => "Trace_" + CSharpIdentifier.Part(r.Name);
}
