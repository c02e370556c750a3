using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Lovkode.Spec.Binding.Model;
using Lovkode.Spec.Collections;
using Lovkode.Spec.Text;

namespace Lovkode.Spec.Emit;

/// <summary>
/// Whole declarations written back as .rules text: every clause that carries meaning (titles,
/// citations, ranges and confidences included), in one fixed order, and nothing of where they
/// were written. Groups, parameters, actors and channels are named, never numbered, and group
/// lists are sorted, since they are sets: so the same rule in two regimes, whose indices
/// differ, gives the same text, and any difference in meaning gives a different one. This is
/// what <c>lovkode diff</c> compares.
/// </summary>
public sealed partial class RuleText
{
    private const string Indent = "\n  ";

    public string Declaration(BoundGroup g) =>
        $"{(g.IsOutside ? "outside" : "group")} {g.Name}{Title(g.Title)}"
        + (g.From.Count == 0 ? "" : Indent + "from " + string.Join(", ", g.From.OrderBy(n => n, System.StringComparer.Ordinal)))
        + Indent + "when " + Condition(g.Condition)
        + Indent + Cite(g.Citation);

    public string Declaration(BoundParameter p) =>
        $"parameter {p.Name} {p.Unit.ToString().ToLowerInvariant()}{Title(p.Title)}"
        + string.Concat(p.Values.Select(v => Indent + ValueLine(v)));

    public string Declaration(BoundRequirement r)
    {
        var lines = new List<string>
        {
            $"requirement {r.Name} {r.Kind.ToString().ToLowerInvariant()}{Title(r.Title)}",
            "for " + SortedGroupNames(r.Groups),
            "actor " + Named(_domain.Actors, r.ActorIndex),
            "channel " + Named(_domain.Channels, r.ChannelIndex),
            Schedule(r.Schedule),
        };
        if (r.Costs.Count > 0) lines.Add("cost " + Costs(r.Costs));
        if (r.Condition is not null) lines.Add("when " + Condition(r.Condition));
        lines.AddRange(r.Exemptions.Select(Exemption));
        lines.AddRange(Dates(r.FromDay, r.UntilDay));
        lines.Add(Cite(r.Citation));
        return string.Join(Indent, lines);
    }

    public string Declaration(BoundQuota q) =>
        $"quota {q.RequirementName} at least {Operand(q.Share)} of {SortedGroupNames(q.Groups)} within weeks {q.FromWeek.ToString(CultureInfo.InvariantCulture)}..{q.UntilWeek.ToString(CultureInfo.InvariantCulture)}"
        + string.Concat(Dates(q.FromDay, q.UntilDay).Select(d => " " + d))
        + " " + Cite(q.Citation);

    public string Declaration(BoundSupervision s)
    {
        var lines = new List<string>
        {
            $"supervision {s.Name}{Title(s.Title)}",
            $"measure {s.MeasuredKind.ToString().ToLowerInvariant()} among cases after {s.MinCumulativeWeeks.ToString(CultureInfo.InvariantCulture)} cumulative weeks over {s.WindowWeeks.ToString(CultureInfo.InvariantCulture)} weeks",
            "threshold " + Operand(s.Threshold),
        };
        if (s.Costs.Count > 0) lines.Add("cost " + Costs(s.Costs));
        lines.AddRange(s.Exemptions.Select(Exemption));
        lines.Add(Cite(s.Citation));
        return string.Join(Indent, lines);
    }

    private string ValueLine(BoundParameterValue v)
    {
        var parts = new List<string>();
        if (v.GroupIndex >= 0) parts.Add("for " + GroupName(v.GroupIndex));
        parts.Add("= " + Number(v.Value));
        if (v.Range is { } range) parts.Add($"range {Number(range.Low)}..{Number(range.High)} {range.Shape.ToString().ToLowerInvariant()}");
        parts.AddRange(Dates(v.FromDay, v.UntilDay));
        parts.Add(Cite(v.Citation));
        if (v.Confidence is { } confidence) parts.Add("confidence " + confidence.ToString().ToLowerInvariant());
        return string.Join(" ", parts);
    }

    private string Exemption(BoundExemption e) => $"except when {Condition(e.Condition)} {Cite(e.Citation)}";

    private string SortedGroupNames(IEnumerable<int> groups) =>
        string.Join(", ", groups.Select(GroupName).OrderBy(n => n, System.StringComparer.Ordinal));

    private static IEnumerable<string> Dates(int? from, int? until)
    {
        if (from is int f) yield return "from " + SpecDate.Format(f);
        if (until is int u) yield return "until " + SpecDate.Format(u);
    }

    private static string Named(EquatableArray<BoundNamed> names, int index) =>
        index >= 0 && index < names.Count ? names[index].Name : "?" + index.ToString(CultureInfo.InvariantCulture);

    private static string Title(string? title) => title is null ? "" : $" \"{title}\"";

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Cite(Citation? c) =>
        c is null ? "(no citation)" : $"{(c.IsCalibrated ? "calibrated" : c.IsAssumption ? "assumed" : "§")} \"{c.Text}\"";
}
