using Lovkode.Runtime;
using Lovkode.Spec.Binding.Model;

namespace Lovkode.Cli.Tests.Equivalence.Running;

/// <summary>
/// The compiled regime's <see cref="RegimeInfo"/> states the bound model: groups, parameter
/// values (what a scenario's overrides and the reports read), requirements, quotas and
/// supervisions. The engine computes quotas and supervision from this metadata alone, so it is
/// the only place the two sides can be compared for them.
/// </summary>
public static class MetadataCheck
{
    public static string? Disagreement(BoundRegime bound, RegimeInfo info)
    {
        var want = Describe(bound);
        var got = Describe(info);
        var first = Enumerable.Range(0, Math.Min(want.Count, got.Count)).FirstOrDefault(i => want[i] != got[i], -1);
        if (first < 0 && want.Count == got.Count) return null;
        return first < 0
            ? $"Metadata: compiled has {got.Count} lines, the bound model {want.Count}"
            : $"Metadata: compiled '{got[first]}', bound model '{want[first]}'";
    }

    private static string Day(int? day) => day?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";

    private static string Day(DateOnly? date) => Day(date?.DayNumber);

    private static string Cite(Lovkode.Spec.Binding.Model.Citation? c) => c is null ? "" : $"{c.IsAssumption}:{c.Text}";

    private static string Cite(Lovkode.Runtime.Citation c) => c.Text.Length == 0 && !c.IsAssumption ? "" : $"{c.IsAssumption}:{c.Text}";

    private static string Op(BoundOperand o) => o.IsParameter ? $"p{o.ParameterIndex}" : o.Constant.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private static string Op(Operand o) => o.IsParameter ? $"p{o.Parameter}" : o.Constant.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private static string Ints(IEnumerable<int> values) => string.Join(",", values);

    private static List<string> Describe(BoundRegime r)
    {
        var lines = new List<string> { $"regime {r.Name} {r.DomainName} {Day(r.EffectiveDay)} {Cite(r.Citation)}" };
        lines.AddRange(r.Groups.Select(g => $"group {g.Index} {g.Name} {g.IsOutside} {Cite(g.Citation)}"));
        foreach (var p in r.Parameters)
        {
            lines.Add($"parameter {p.Index} {p.Name} {p.Unit}");
            lines.AddRange(p.Values.Select(v => $"  value {v.GroupIndex} {v.Value:R} {Day(v.FromDay)} {Day(v.UntilDay)} {Cite(v.Citation)}"));
        }
        lines.AddRange(r.Requirements.Select(q => $"requirement {q.Index} {q.Name} {q.Kind} [{Ints(q.Groups)}] {q.ActorIndex} {q.ChannelIndex} {Day(q.FromDay)} {Day(q.UntilDay)} {Cite(q.Citation)}"));
        lines.AddRange(r.Quotas.Select(q => $"quota {q.RequirementIndex} {Op(q.Share)} [{Ints(q.Groups)}] {q.FromWeek}..{q.UntilWeek} {Day(q.FromDay)} {Day(q.UntilDay)} {Cite(q.Citation)}"));
        lines.AddRange(r.Supervisions.Select(s => $"supervision {s.Index} {s.Name} {s.MinCumulativeWeeks} {s.WindowWeeks} {s.MeasuredKind} {Op(s.Threshold)} "
            + $"[{string.Join(",", s.Costs.Select(c => $"{c.Component}={Op(c.Amount)}"))}] except {s.Exemptions.Count} [{string.Join(",", s.Exemptions.Select(e => Cite(e.Citation)))}] {Cite(s.Citation)}"));
        return lines;
    }

    private static List<string> Describe(RegimeInfo r)
    {
        var lines = new List<string> { $"regime {r.Name} {r.Domain} {Day(r.Effective)} {Cite(r.Citation)}" };
        lines.AddRange(r.Groups.Select(g => $"group {g.Index} {g.Name} {g.IsOutside} {Cite(g.Citation)}"));
        foreach (var p in r.Parameters)
        {
            lines.Add($"parameter {p.Index} {p.Name} {p.Unit}");
            lines.AddRange(p.Values.Select(v => $"  value {v.Group} {v.Value:R} {Day(v.From)} {Day(v.Until)} {Cite(v.Citation)}"));
        }
        lines.AddRange(r.Requirements.Select(q => $"requirement {q.Index} {q.Name} {q.Kind} [{Ints(q.Groups)}] {q.Actor} {q.Channel} {Day(q.From)} {Day(q.Until)} {Cite(q.Citation)}"));
        lines.AddRange(r.Quotas.Select(q => $"quota {q.Requirement} {Op(q.Share)} [{Ints(q.Groups)}] {q.FromWeek}..{q.UntilWeek} {Day(q.From)} {Day(q.Until)} {Cite(q.Citation)}"));
        lines.AddRange(r.Supervisions.Select(s => $"supervision {s.Index} {s.Name} {s.MinCumulativeWeeks} {s.WindowWeeks} {s.MeasuredKind} {Op(s.Threshold)} "
            + $"[{string.Join(",", s.Costs.Select(c => $"{c.Component}={Op(c.Amount)}"))}] except {s.Exemptions.Count} [{string.Join(",", s.Exemptions.Select(e => Cite(e.Citation)))}] {Cite(s.Citation)}"));
        return lines;
    }
}
