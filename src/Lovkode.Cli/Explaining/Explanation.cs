using System.Globalization;
using Lovkode.Runtime;

namespace Lovkode.Cli.Explaining;

/// <summary>
/// Walks a citizen through a regime week by week with <see cref="IRegime.Explain"/>: the group,
/// the events due and the exemptions in each week, then the rules that fired with their
/// citations. Checked against <see cref="IRegime.Schedule"/>, so the explanation cannot
/// drift from what the simulator counts. <see cref="Trace"/> finds it; <see cref="Write(CaseTrace, TextWriter)"/> prints it.
/// </summary>
public static class Explanation
{
    public static void Write(IRegime regime, Citizen citizen, IReadOnlyList<string> defaulted, int fromWeek, int untilWeek, DateOnly start, int priorWeeks, bool verbose, TextWriter output) =>
        Write(Trace(regime, citizen, defaulted, fromWeek, untilWeek, start, priorWeeks, verbose), output);

    public static CaseTrace Trace(IRegime regime, Citizen citizen, IReadOnlyList<string> defaulted, int fromWeek, int untilWeek, DateOnly start, int priorWeeks, bool verbose)
    {
        var info = regime.Info;
        var facts = info.Facts.Select(f => (f, CitizenParser.Show(f, citizen[f.Slot]))).ToList();
        var groupIndex = regime.Classify(in citizen);
        var supervision = Supervision(regime, in citizen, groupIndex);

        var weeks = new List<TraceWeek>();
        var fired = new SortedDictionary<string, (Citation Citation, List<int> Weeks)>(StringComparer.Ordinal);
        var due = new DueEvent[Math.Max(1, regime.MaxDuePerWeek)];
        for (var w = fromWeek; w < untilWeek; w++)
        {
            var date = start.AddDays(7 * w);
            var week = new CaseWeek(w, w + priorWeeks, date.DayNumber);
            var trace = new List<TraceEntry>();
            regime.Explain(in citizen, in week, trace);
            var scheduled = regime.Schedule(in citizen, groupIndex, in week, due);
            var dueCount = trace.Count(t => t.Kind == TraceKind.Due);
            if (dueCount != scheduled)
            {
                throw new InvalidOperationException($"{info.Name}: Explain lists {dueCount} event(s) due in week {w} but Schedule writes {scheduled}");
            }

            var shown = trace.Where(t => t.Kind is TraceKind.Due or TraceKind.Exempt || (verbose && t.Kind == TraceKind.NotApplicable)).ToList();
            if (shown.Count == 0) continue;
            weeks.Add(new TraceWeek(w, date, shown));
            foreach (var t in shown.Where(t => t.Kind == TraceKind.Due))
            {
                if (!fired.TryGetValue(t.Rule, out var entry)) fired[t.Rule] = entry = (t.Citation, []);
                entry.Weeks.Add(w);
            }
        }
        return new CaseTrace(info, facts, defaulted, info.Groups[groupIndex], supervision, fromWeek, untilWeek, start, priorWeeks, weeks,
            fired.Select(p => new FiredRule(p.Key, p.Value.Citation, p.Value.Weeks)).ToList());
    }

    public static void Write(CaseTrace trace, TextWriter output)
    {
        var info = trace.Regime;
        output.WriteLine($"{info.Name} — {info.Title}");
        output.WriteLine($"Citizen: {string.Join(" ", trace.Facts.Select(f => $"{f.Fact.Name}={f.Value}"))}");
        if (trace.Defaulted.Count > 0) output.WriteLine($"  (not given, so at their lowest: {string.Join(" ", trace.Defaulted)})");

        var group = trace.Group;
        output.WriteLine($"Group: {group.Name} \"{group.Title}\"{(group.IsOutside ? " — outside the effort" : "")}");
        output.WriteLine($"  when {group.Condition}  {group.Citation}");
        if (info.Supervisions.Count > 0)
        {
            output.WriteLine("Supervision of the municipality:");
            foreach (var line in trace.Supervision) output.WriteLine($"  {line.Rule.Name,-28} {line.Reason}");
        }
        output.WriteLine($"Weeks {trace.FromWeek}..{trace.UntilWeek} (spell week 0 starts {trace.Start:yyyy-MM-dd}{(trace.PriorWeeks > 0 ? $", {trace.PriorWeeks} earlier weeks on benefit" : "")}):");

        foreach (var week in trace.Weeks)
        {
            output.WriteLine($"  week {week.Week.ToString(CultureInfo.InvariantCulture),3} ({week.Date:yyyy-MM-dd})");
            foreach (var t in week.Entries)
            {
                output.WriteLine($"    {KindWord(t.Kind),-6} {t.Rule,-28} {t.Text}  {t.Citation}");
            }
        }

        output.WriteLine(trace.Fired.Count == 0 ? "No rule fired." : "Rules that fired:");
        foreach (var f in trace.Fired)
        {
            output.WriteLine($"  {f.Rule,-28} {f.Weeks.Count,3}× (weeks {string.Join(", ", f.Weeks)})  {f.Citation}");
        }
    }

    public static string KindWord(TraceKind kind) => kind switch
    {
        TraceKind.Due => "due",
        TraceKind.Exempt => "exempt",
        _ => "n/a",
    };

    /// <summary>
    /// Whether the case counts in the municipality's measure of each supervision rule: only
    /// cases in a group some requirement of the measured kind reaches, and not exempted by one of
    /// the rule's <c>except when</c> clauses (as the simulator counts them, docs/model.md); with
    /// the rule's alternative and result gate when it has them.
    /// </summary>
    private static List<SupervisionLine> Supervision(IRegime regime, in Citizen citizen, int group)
    {
        var info = regime.Info;
        var lines = new List<SupervisionLine>();
        foreach (var rule in info.Supervisions)
        {
            var measure = $"{rule.MeasuredKind.ToString().ToLowerInvariant()} in the last {rule.WindowWeeks} weeks, once the case has {rule.MinCumulativeWeeks} cumulative weeks";
            if (!info.Measures(rule, group))
            {
                lines.Add(new SupervisionLine(rule, false, $"not counted: no requirement of this group is of kind {rule.MeasuredKind.ToString().ToLowerInvariant()}  {rule.Citation}", []));
            }
            else if (rule.Exemptions.Count > 0 && regime.SupervisionExempt(rule.Index, in citizen))
            {
                var clauses = rule.Exemptions.Select(e => $"except when {e.Condition}  {e.Citation}").ToList();
                lines.Add(new SupervisionLine(rule, false, $"not counted{(clauses.Count == 1 ? ": " : ", by one of: ")}{string.Join("; ", clauses)}", rule.Exemptions));
            }
            else
            {
                lines.Add(new SupervisionLine(rule, true, $"counted: covered by {measure}{Gate(rule)}  {rule.Citation}", []));
            }
        }
        return lines;
    }

    /// <summary>
    /// What the rule's result gate and alternative add to its measure (<c>or alternative</c>,
    /// <c>only where result worse</c>): a case that meets the alternative is covered too, and the
    /// municipality is examined only in a year its result measure is worse than expected (the
    /// population model states how often that is, docs/model.md, "Supervision").
    /// </summary>
    private static string Gate(SupervisionInfo rule) =>
        (rule.Alternative is { } alternative ? $", or by the alternative \"{alternative}\"" : "")
        + (rule.ResultGated ? "; the municipality is examined on it only in a year its result measure is worse than expected" : "");
}
