using System.Collections.Generic;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Language;

namespace Lovkode.Spec.Emit;

public static partial class RegimeEmitter
{
    private static void EmitMetadata(CodeWriter w, BoundDomain domain, BoundRegime regime, RuleText text)
    {
        w.Open($"private static {R}RegimeInfo BuildMetadata()");
        w.Line($"return new {R}RegimeInfo(");
        w.Indent();
        w.Line($"{CSharpLiteral.String(regime.Name)},");
        w.Line($"{CSharpLiteral.String(regime.Title ?? "")},");
        w.Line($"{CSharpLiteral.String(regime.DomainName)},");
        w.Line($"{CSharpLiteral.String(regime.Source ?? "")},");
        w.Line($"{CSharpLiteral.Date(regime.EffectiveDay)},");
        w.Line($"{CSharpLiteral.String(regime.BaseName)},");
        w.Line($"{Citation(regime.Citation)},");

        List(w, "FactInfo", domain.Facts, f => InfoCode.Fact(domain, f));
        w.Line($"{Strings(domain.Actors.Select(a => CSharpLiteral.String(a.Name)))},");
        w.Line($"{Strings(domain.Channels.Select(c => CSharpLiteral.String(c.Name)))},");
        List(w, "GroupInfo", regime.Groups, g =>
            $"new {R}GroupInfo({CSharpLiteral.String(g.Name)}, {CSharpLiteral.Int(g.Index)}, {CSharpLiteral.String(g.Title ?? "")}, {CSharpLiteral.Bool(g.IsOutside)}, " +
            $"{CSharpLiteral.String(text.Condition(g.Condition))}, {Strings(g.From.Select(CSharpLiteral.String))}, {Citation(g.Citation)})");
        List(w, "ParameterInfo", regime.Parameters, p =>
            $"new {R}ParameterInfo({CSharpLiteral.String(p.Name)}, {CSharpLiteral.Int(p.Index)}, {R}ParameterUnit.{p.Unit}, {CSharpLiteral.String(p.Title ?? "")}, new {R}ParameterValueInfo[] {{ " +
            string.Join(", ", p.Values.Select(v =>
                $"new {R}ParameterValueInfo({CSharpLiteral.Int(v.GroupIndex)}, {CSharpLiteral.Double(v.Value)}, {CSharpLiteral.Date(v.FromDay)}, {CSharpLiteral.Date(v.UntilDay)}, {Citation(v.Citation)})" + ValueExtras(v))) +
            " })");
        List(w, "RequirementInfo", regime.Requirements, r =>
            $"new {R}RequirementInfo({CSharpLiteral.String(r.Name)}, {CSharpLiteral.Int(r.Index)}, {R}EventKind.{r.Kind}, {CSharpLiteral.String(r.Title ?? "")}, " +
            $"{CSharpLiteral.Int(r.ActorIndex)}, {CSharpLiteral.Int(r.ChannelIndex)}, {Ints(r.Groups)}, {CSharpLiteral.String(text.Schedule(r.Schedule))}, " +
            $"{CSharpLiteral.Date(r.FromDay)}, {CSharpLiteral.Date(r.UntilDay)}, {Citation(r.Citation)})");
        List(w, "QuotaInfo", regime.Quotas, q =>
            $"new {R}QuotaInfo({CSharpLiteral.Int(q.RequirementIndex)}, {Operand(q.Share)}, {Ints(q.Groups)}, {CSharpLiteral.Int(q.FromWeek)}, {CSharpLiteral.Int(q.UntilWeek)}, {Citation(q.Citation)})" + QuotaDates(q));
        List(w, "SupervisionInfo", regime.Supervisions, s =>
            $"new {R}SupervisionInfo({CSharpLiteral.String(s.Name)}, {CSharpLiteral.Int(s.Index)}, {CSharpLiteral.String(s.Title ?? "")}, {CSharpLiteral.Int(s.MinCumulativeWeeks)}, " +
            $"{CSharpLiteral.Int(s.WindowWeeks)}, {R}EventKind.{s.MeasuredKind}, {Operand(s.Threshold)}, new {R}CostItem[] {{ " +
            string.Join(", ", s.Costs.Select(c => $"new {R}CostItem({R}CostComponent.{c.Component}, {Operand(c.Amount)})")) +
            $" }}, {Citation(s.Citation)})" + SupervisionInits(s, text), last: true);
        w.Outdent();
        if (regime.Lineage.IsEmpty)
        {
            w.Line(");");
        }
        else
        {
            // Only a reform has a lineage, so a regime that extends nothing is emitted as before.
            w.Line($") {{ Lineage = {Strings(regime.Lineage.Select(CSharpLiteral.String))} }};");
        }
        w.Close();
        w.Line();
    }

    /// <summary>Range and confidence, each only when the value line gives it, so a line without them is emitted as before.</summary>
    private static string ValueExtras(BoundParameterValue v)
    {
        var parts = new List<string>();
        if (v.Range is { } range) parts.Add("Range = " + ValueCode.Uncertainty(range));
        if (v.Confidence is { } confidence) parts.Add("Confidence = " + ValueCode.Confidence(confidence));
        return parts.Count == 0 ? "" : $" {{ {string.Join(", ", parts)} }}";
    }

    /// <summary>Left out when the quota has no dates, so it is emitted as before.</summary>
    private static string QuotaDates(BoundQuota q) =>
        q.FromDay is null && q.UntilDay is null ? "" : $" {{ From = {CSharpLiteral.Date(q.FromDay)}, Until = {CSharpLiteral.Date(q.UntilDay)} }}";

    /// <summary>Each left out when the rule does not state it, so a rule without them is emitted as before.</summary>
    private static string SupervisionInits(BoundSupervision s, RuleText text)
    {
        var inits = new List<string>();
        if (!s.Exemptions.IsEmpty)
        {
            inits.Add($"Exemptions = new {R}ExemptionInfo[] {{ " +
                string.Join(", ", s.Exemptions.Select(e => $"new {R}ExemptionInfo({CSharpLiteral.String(text.Condition(e.Condition))}, {Citation(e.Citation)})")) + " }");
        }
        if (s.ResultGated) inits.Add("ResultGated = true");
        if (s.Alternative is not null) inits.Add($"Alternative = {CSharpLiteral.String(s.Alternative)}");
        return inits.Count == 0 ? "" : " { " + string.Join(", ", inits) + " }";
    }

    private static void List<T>(CodeWriter w, string type, IReadOnlyList<T> items, System.Func<T, string> item, bool last = false) =>
        InfoCode.List(w, type, items, item, last);

    private static string Strings(IEnumerable<string> literals) => InfoCode.Strings(literals);

    private static string Ints(IEnumerable<int> values) => InfoCode.Ints(values);

    private static string Operand(BoundOperand o) => $"new {R}Operand({CSharpLiteral.Double(o.Constant)}, {CSharpLiteral.Int(o.IsParameter ? o.ParameterIndex : -1)})";

    private static string Citation(Citation? c) => InfoCode.Citation(c);
}
