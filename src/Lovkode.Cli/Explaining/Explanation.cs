using System.Globalization;
using Lovkode.Runtime;

namespace Lovkode.Cli.Explaining;

/// <summary>
/// Walks a citizen through a regime week by week with <see cref="IRegime.Explain"/>: the group,
/// the events due and the exemptions in each week, then the rules that fired with their
/// citations. Checked against <see cref="IRegime.Schedule"/>, so the explanation cannot
/// drift from what the simulator counts.
/// </summary>
public static class Explanation
{
    public static void Write(IRegime regime, Citizen citizen, IReadOnlyList<string> defaulted, int fromWeek, int untilWeek, DateOnly start, int priorWeeks, bool verbose, TextWriter output)
    {
        var info = regime.Info;
        output.WriteLine($"{info.Name} — {info.Title}");
        output.WriteLine($"Citizen: {string.Join(" ", info.Facts.Select(f => $"{f.Name}={CitizenParser.Show(f, citizen[f.Slot])}"))}");
        if (defaulted.Count > 0) output.WriteLine($"  (not given, so at their lowest: {string.Join(" ", defaulted)})");

        var groupIndex = regime.Classify(in citizen);
        var group = info.Groups[groupIndex];
        output.WriteLine($"Group: {group.Name} \"{group.Title}\"{(group.IsOutside ? " — outside the effort" : "")}");
        output.WriteLine($"  when {group.Condition}  {group.Citation}");
        WriteSupervision(regime, in citizen, groupIndex, output);
        output.WriteLine($"Weeks {fromWeek}..{untilWeek} (spell week 0 starts {start:yyyy-MM-dd}{(priorWeeks > 0 ? $", {priorWeeks} earlier weeks on benefit" : "")}):");

        var fired = new SortedDictionary<string, (Citation Citation, List<int> Weeks)>(StringComparer.Ordinal);
        var due = new DueEvent[Math.Max(1, regime.MaxDuePerWeek)];
        for (var w = fromWeek; w < untilWeek; w++)
        {
            var date = start.AddDays(7 * w);
            var week = new CaseWeek(w, w + priorWeeks, date.DayNumber);
            var trace = new List<TraceEntry>();
            regime.Explain(in citizen, in week, trace);
            var scheduled = regime.Schedule(in citizen, groupIndex, in week, due);
            var dueLines = trace.Where(t => t.Kind == TraceKind.Due).ToList();
            if (dueLines.Count != scheduled)
            {
                throw new InvalidOperationException($"{info.Name}: Explain lists {dueLines.Count} event(s) due in week {w} but Schedule writes {scheduled}");
            }

            var shown = trace.Where(t => t.Kind is TraceKind.Due or TraceKind.Exempt || (verbose && t.Kind == TraceKind.NotApplicable)).ToList();
            if (shown.Count == 0) continue;
            output.WriteLine($"  week {w.ToString(CultureInfo.InvariantCulture),3} ({date:yyyy-MM-dd})");
            foreach (var t in shown)
            {
                var kind = t.Kind switch
                {
                    TraceKind.Due => "due",
                    TraceKind.Exempt => "exempt",
                    _ => "n/a",
                };
                output.WriteLine($"    {kind,-6} {t.Rule,-28} {t.Text}  {t.Citation}");
                if (t.Kind == TraceKind.Due)
                {
                    if (!fired.TryGetValue(t.Rule, out var entry)) fired[t.Rule] = entry = (t.Citation, []);
                    entry.Weeks.Add(w);
                }
            }
        }

        output.WriteLine(fired.Count == 0 ? "No rule fired." : "Rules that fired:");
        foreach (var (rule, (citation, weeks)) in fired)
        {
            output.WriteLine($"  {rule,-28} {weeks.Count,3}× (weeks {string.Join(", ", weeks)})  {citation}");
        }
    }

    /// <summary>
    /// Whether the case counts in the municipality's measure of each supervision rule: only
    /// cases in a group some requirement of the measured kind reaches, and not exempted by one of
    /// the rule's <c>except when</c> clauses (as the simulator counts them, docs/model.md).
    /// </summary>
    private static void WriteSupervision(IRegime regime, in Citizen citizen, int group, TextWriter output)
    {
        var info = regime.Info;
        if (info.Supervisions.Count == 0) return;
        output.WriteLine("Supervision of the municipality:");
        foreach (var rule in info.Supervisions)
        {
            var measure = $"{rule.MeasuredKind.ToString().ToLowerInvariant()} in the last {rule.WindowWeeks} weeks, once the case has {rule.MinCumulativeWeeks} cumulative weeks";
            if (!info.Measures(rule, group))
            {
                output.WriteLine($"  {rule.Name,-28} not counted: no requirement of this group is of kind {rule.MeasuredKind.ToString().ToLowerInvariant()}  {rule.Citation}");
            }
            else if (rule.Exemptions.Count > 0 && regime.SupervisionExempt(rule.Index, in citizen))
            {
                var clauses = rule.Exemptions.Select(e => $"except when {e.Condition}  {e.Citation}").ToList();
                output.WriteLine($"  {rule.Name,-28} not counted{(clauses.Count == 1 ? ": " : ", by one of: ")}{string.Join("; ", clauses)}");
            }
            else
            {
                output.WriteLine($"  {rule.Name,-28} counted: covered by {measure}  {rule.Citation}");
            }
        }
    }
}
